export { EventCalendar, ParsedEventCalendar, eventCalendarSchema } from './EventCalendar';
export type { EventCalendarProps, CalendarEvent } from './EventCalendar';
