export { builtInLocales, registerLocale, localeCodes, isLocale, resolveLocale, formatLongDate, formatEventDate } from './registry';
export type { Locale } from './registry';
export { de } from './locales/de';
export { en } from './locales/en';
export { ar } from './locales/ar';
export { formatDay, formatDayRange, dayParts } from './intl';
export type { Labels, DateWording, LocaleDefinition, Direction } from './locale';
export { toCalendarDay, compareDays } from '../base/values/date';
export type { CalendarDay } from '../base/values/date';
