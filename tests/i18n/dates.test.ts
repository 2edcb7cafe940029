import { describe, expect, it } from 'vitest';
import { formatEventDate, formatLongDate, toCalendarDay } from '../../src/i18n';

const day = (iso: string) => {
  const d = toCalendarDay(iso);
  if (!d) throw new Error(`bad test date ${iso}`);
  return d;
};

describe('formatEventDate', () => {
  it.each([
    ['2021-02-25', undefined, '25.02.2021', '25 Feb 2021'],
    ['2021-03-17', '2021-03-18', '17./18.03.2021', '17–18 Mar 2021'],
    ['2021-03-17', '2021-03-20', '17.–20.03.2021', '17–20 Mar 2021'],
    ['2021-03-30', '2021-04-02', '30.03.–02.04.2021', '30 Mar – 2 Apr 2021'],
    ['2021-12-30', '2022-01-02', '30.12.2021–02.01.2022', '30 Dec 2021 – 2 Jan 2022'],
    ['2021-05-11', '2021-05-11', '11.05.2021', '11 May 2021'],
  ])('%s – %s reads "%s" in German and "%s" in English', (start, end, de, en) => {
    expect(formatEventDate(day(start), end ? day(end) : undefined, 'de')).toBe(de);
    expect(formatEventDate(day(start), end ? day(end) : undefined, 'en')).toBe(en);
  });
});

describe('formatLongDate', () => {
  it('writes the masthead date per locale', () => {
    expect(formatLongDate(day('2021-02-08'), 'de')).toBe('8. Februar 2021');
    expect(formatLongDate(day('2021-02-08'), 'en')).toBe('8 February 2021');
  });
});

describe('toCalendarDay', () => {
  it('reads ISO days and local Dates', () => {
    expect(toCalendarDay('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(toCalendarDay(new Date(2021, 1, 8, 23, 30))).toEqual({ year: 2021, month: 2, day: 8 });
  });
  it.each(['2021-02-30', '2023-02-29', '2021-13-01', '8.2.2021', '2021-2-8', '', 'tomorrow'])('rejects %j', (value) => {
    expect(toCalendarDay(value)).toBeUndefined();
  });
  it('rejects an invalid Date and non-dates', () => {
    expect(toCalendarDay(new Date('nope'))).toBeUndefined();
    expect(toCalendarDay(20210208)).toBeUndefined();
  });
});
