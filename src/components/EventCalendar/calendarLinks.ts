import { toCalendarDay, type CalendarDay } from '../../base/values/date';

/** How a reader adds an event to a calendar: a Google Calendar template, or one `.ics` file per event under a base URL. */
export type AddToCalendar = 'google' | { icsBaseUrl: string };

type Day = string | Date | CalendarDay;

interface EventDays {
  start: Day;
  end?: Day;
  title: string;
}

/** Issue data gives a string or a Date; the parsed schema gives a calendar day. */
const dayOf = (value: Day): CalendarDay => (typeof value === 'object' && !(value instanceof Date) ? value : toCalendarDay(value)!);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `20210317`: a DATE value in iCalendar's basic format. */
export function basicDate(day: CalendarDay): string {
  return `${pad(day.year, 4)}${pad(day.month)}${pad(day.day)}`;
}

/** The day after: an all-day event's end in iCalendar is exclusive (DTEND is the day after the last day). */
export function nextDay(day: CalendarDay): CalendarDay {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day + 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** First day and the exclusive end day of an all-day event. */
export function eventDays(event: EventDays): { first: CalendarDay; endExclusive: CalendarDay } {
  const first = dayOf(event.start);
  const last = event.end === undefined ? first : dayOf(event.end);
  return { first, endExclusive: nextDay(last) };
}

/** `2021-03-17-9-fachkongress-des-it-planungsrates.ics`: stable, readable, safe in any URL. */
export function eventIcsFileName(event: EventDays): string {
  const { first } = eventDays(event);
  const slug = event.title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${pad(first.year, 4)}-${pad(first.month)}-${pad(first.day)}${slug ? `-${slug}` : ''}.ics`;
}

/** FNV-1a over the UTF-8 bytes, 8 hex digits: a short, stable tag that tells apart names that would collide. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/**
 * The `.ics` file name of each event of one calendar, unique within it: events whose names would
 * be the same ("Treffen" and "Treffen!" on one day, or two titles alike in their first 60
 * characters) each get a tag made from their title and dates, which stays the same however the
 * events are ordered. Every other event keeps its plain name.
 */
export function eventIcsFileNames(events: readonly EventDays[]): string[] {
  const names = events.map(eventIcsFileName);
  const count = new Map<string, number>();
  for (const name of names) count.set(name, (count.get(name) ?? 0) + 1);
  const tagged = names.map((name, i) => {
    if (count.get(name)! < 2) return name;
    const { first, endExclusive } = eventDays(events[i]!);
    return name.replace(/\.ics$/, `-${shortHash(`${basicDate(first)}/${basicDate(endExclusive)}/${events[i]!.title}`)}.ics`);
  });
  // Two events alike in title and dates are one event given twice: the schema cannot tell, so
  // they are numbered in their order rather than given one name.
  const seen = new Map<string, number>();
  return tagged.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : name.replace(/\.ics$/, `-${n}.ics`);
  });
}

/** Google Calendar's "create event" template for an all-day event (its `dates` end is exclusive too). */
export function googleCalendarUrl(event: EventDays & { href?: string; location?: string }): string {
  const { first, endExclusive } = eventDays(event);
  const params = new URLSearchParams({ action: 'TEMPLATE', text: event.title, dates: `${basicDate(first)}/${basicDate(endExclusive)}` });
  if (event.href) params.set('details', event.href);
  if (event.location) params.set('location', event.location);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

/** The link target for one event; `fileName` is its name from `eventIcsFileNames` of the whole calendar. */
export function addToCalendarUrl(event: EventDays & { href?: string; location?: string }, how: AddToCalendar, fileName = eventIcsFileName(event)): string {
  if (how === 'google') return googleCalendarUrl(event);
  const base = how.icsBaseUrl.endsWith('/') ? how.icsBaseUrl : `${how.icsBaseUrl}/`;
  return `${base}${fileName}`;
}
