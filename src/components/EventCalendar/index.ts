export { EventCalendar } from './EventCalendar';
export type { EventCalendarProps, CalendarEvent } from './EventCalendar';
