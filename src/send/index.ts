export { buildEml, EmlError } from './eml';
export type { EmlOptions, ListUnsubscribe } from './eml';
export { calendarFiles } from './ics';
export type { CalendarFile } from './ics';
export { toWebPage, archivePage, archiveEntryOf } from './web';
export type { WebPageInfo, ArchiveEntry } from './web';
