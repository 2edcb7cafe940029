export { EventCalendar, eventCalendarSchema } from './EventCalendar';
export type { EventCalendarProps, CalendarEvent } from './EventCalendar';
