export { OutputError } from './error';
export { buildEml, EmlError } from './eml';
export type { EmlOptions, ListUnsubscribe } from './eml';
export { calendarFiles, CalendarError } from './ics';
export type { CalendarFile } from './ics';
export { toWebPage, archivePage, archiveEntryOf, archiveFileNameProblem, WebPageError } from './web';
export type { WebPageInfo, ArchiveEntry } from './web';
