import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cli, root, tempDir } from './support';

/** Every day the date schema parses, as it gives it: one entry per parse of a date in the issue. */
const parsed = vi.hoisted(() => [] as { year: number; month: number; day: number }[]);

vi.mock('../../src/base/values/date', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/base/values/date')>();
  return {
    ...actual,
    calendarDate: actual.calendarDate.transform((day) => {
      parsed.push(day);
      return day;
    }),
  };
});

describe('the CLI parses an issue once', () => {
  it('and hands the parsed issue to the render, the .eml, the .ics and the web page: each date is parsed once', async () => {
    parsed.length = 0;
    const run = await cli(['render', join(root, 'emails', 'branchenticker-05.yaml'), '--out', await tempDir(), '--format', 'html,txt,eml,ics,web']);
    expect(run.code, run.stderr).toBe(0);
    const times = (year: number, month: number, day: number) => parsed.filter((d) => d.year === year && d.month === month && d.day === day).length;
    // The masthead's date, and the Fachkongress on 17 March 2021 (the first event of the calendar).
    expect(times(2021, 2, 8)).toBe(1);
    expect(times(2021, 3, 17)).toBe(1);
    expect(parsed.length).toBeGreaterThan(2);
  });
});
