import { utcDate, type CalendarDay } from '../base/values/date';

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(intlLocale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${intlLocale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale, { ...options, timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

/** A calendar day formatted by `Intl` (cached per locale and options). */
export function formatDay(day: CalendarDay, intlLocale: string, options: Intl.DateTimeFormatOptions): string {
  return formatter(intlLocale, options).format(utcDate(day));
}

/** Day, month and year as `Intl` writes them, for locales that assemble ranges themselves. */
export function dayParts(day: CalendarDay, intlLocale: string, options: Intl.DateTimeFormatOptions): { d: string; m: string; y: string } {
  const parts = formatter(intlLocale, options).formatToParts(utcDate(day));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { d: get('day'), m: get('month'), y: get('year') };
}

/**
 * Two calendar days as one range in the locale's own form, from `Intl` (`formatRange`): Arabic
 * "17–18 مارس 2021", "30 مارس – 2 أبريل 2021". For locales whose calendars write ranges the way
 * CLDR does; German and English assemble theirs from `dayParts`.
 */
export function formatDayRange(start: CalendarDay, end: CalendarDay, intlLocale: string, options: Intl.DateTimeFormatOptions): string {
  return formatter(intlLocale, options).formatRange(utcDate(start), utcDate(end));
}
