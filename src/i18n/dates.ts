import type { Locale } from './labels';
import { locales } from './labels';

/** A calendar day without time or zone: what an issue date or an event date means. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads an ISO `YYYY-MM-DD` string or a `Date` as a calendar day. Returns `undefined` for
 * anything that is not a real date (e.g. `2021-02-30`), so that the caller can name the prop.
 * A `Date` is read in local time: `new Date(2021, 1, 8)` is 8 February wherever it runs.
 */
export function toCalendarDay(value: unknown): CalendarDay | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return { year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate() };
  }
  if (typeof value !== 'string') return undefined;
  const m = ISO_DAY.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return undefined;
  }
  return { year, month, day };
}

const utc = (d: CalendarDay) => new Date(Date.UTC(d.year, d.month - 1, d.day));

export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return utc(a).getTime() - utc(b).getTime();
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

/** "8. Februar 2021" / "8 February 2021": the masthead's long date. */
export function formatLongDate(day: CalendarDay, locale: Locale): string {
  return formatter(locales[locale].intlLocale, { day: 'numeric', month: 'long', year: 'numeric' }).format(utc(day));
}

const NUMERIC = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;
const SHORT = { day: 'numeric', month: 'short', year: 'numeric' } as const;

function dayParts(day: CalendarDay, locale: string, options: Intl.DateTimeFormatOptions) {
  const parts = formatter(locale, options).formatToParts(utc(day));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { d: get('day'), m: get('month'), y: get('year') };
}

/**
 * An event's date or date range, as calendars in each locale write it:
 * - de: "25.02.2021", two consecutive days "17./18.03.2021", longer in one month "17.–20.03.2021",
 *   across months "30.03.–02.04.2021", across years "30.12.2021–02.01.2022";
 * - en: "25 Feb 2021", "17–18 Mar 2021", "30 Mar – 2 Apr 2021", "30 Dec 2021 – 2 Jan 2022".
 */
export function formatEventDate(start: CalendarDay, end: CalendarDay | undefined, locale: Locale): string {
  const intlLocale = locales[locale].intlLocale;
  if (!end || compareDays(start, end) === 0) {
    return formatter(intlLocale, locale === 'de' ? NUMERIC : SHORT).format(utc(start));
  }
  if (locale === 'en') {
    const a = dayParts(start, intlLocale, SHORT);
    const b = dayParts(end, intlLocale, SHORT);
    if (start.year !== end.year) return `${a.d} ${a.m} ${a.y} – ${b.d} ${b.m} ${b.y}`;
    if (start.month !== end.month) return `${a.d} ${a.m} – ${b.d} ${b.m} ${b.y}`;
    return `${a.d}–${b.d} ${b.m} ${b.y}`;
  }
  const a = dayParts(start, intlLocale, NUMERIC);
  const b = dayParts(end, intlLocale, NUMERIC);
  if (start.year !== end.year) return `${a.d}.${a.m}.${a.y}–${b.d}.${b.m}.${b.y}`;
  if (start.month !== end.month) return `${a.d}.${a.m}.–${b.d}.${b.m}.${b.y}`;
  const consecutive = compareDays(end, start) === 86_400_000;
  return `${a.d}.${consecutive ? '/' : '–'}${b.d}.${b.m}.${b.y}`;
}
