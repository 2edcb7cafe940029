import * as z from 'zod';

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

/** The day as ISO `YYYY-MM-DD`, the form issue data writes it in. */
export function isoDay({ year, month, day }: CalendarDay): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Midnight UTC of the day: the instant `Intl` formats with `timeZone: 'UTC'`. */
export const utcDate = (d: CalendarDay) => new Date(Date.UTC(d.year, d.month - 1, d.day));

/** Days from `b` to `a`: negative when `a` is earlier, 0 on the same day, 1 when `a` is the next day. */
export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return (utcDate(a).getTime() - utcDate(b).getTime()) / 86_400_000;
}

/**
 * A date prop: an ISO `YYYY-MM-DD` string or a `Date` in, a `CalendarDay` out, so that the
 * components format the parsed day and nothing reads the input again.
 */
export const calendarDate = z
  .union([z.string(), z.instanceof(Date)], {
    error: (issue) =>
      issue.input === undefined ? 'is required: an ISO date (YYYY-MM-DD) or a Date' : 'must be an ISO date string (YYYY-MM-DD) or a Date',
  })
  .transform((value, ctx) => {
    const day = toCalendarDay(value);
    if (day) return day;
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: `must be a real date as YYYY-MM-DD or a valid Date, got ${value instanceof Date ? 'an invalid Date' : JSON.stringify(value)}`,
    });
    return z.NEVER;
  });
