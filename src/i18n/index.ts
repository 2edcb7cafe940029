export { de, en, locales } from './labels';
export type { Labels, Locale } from './labels';
export { toCalendarDay, compareDays, formatLongDate, formatEventDate } from './dates';
export type { CalendarDay } from './dates';
