import { describe, expect, it } from 'vitest';
import { Issue, renderEmail, type IssueData } from '../../src';
import { CalendarError, calendarFiles } from '../../src/send';
import { seedIssue } from '../send/support';

/** Calendar files fed titles that collide, characters of several octets, and text with iCalendar's separators. */
const withEvents = (events: NonNullable<IssueData['calendar']>['events'], extra: Partial<NonNullable<IssueData['calendar']>> = {}): IssueData => ({
  ...seedIssue(),
  calendar: { title: 'Kalender', events, addToCalendar: { icsBaseUrl: 'https://www.vitako.de/kalender' }, ...extra },
});
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');
const property = (ics: string, name: string) => [...unfold(ics).matchAll(new RegExp(`^${name}[:;](.*)$`, 'gm'))].map((m) => m[1]);

describe('calendar files under attack', () => {
  it('gives "Treffen" and "Treffen!" on one day, and titles alike in their first 60 characters, their own files and UIDs; the email links to each', async () => {
    const long = 'Fachkonferenz Digitale Verwaltung in Kommunen und Ländern 2021 – Workshop';
    const data = withEvents([
      { start: '2021-03-17', title: 'Treffen' },
      { start: '2021-03-17', title: 'Treffen!' },
      { start: '2021-03-17', title: 'treffen' },
      { start: '2021-03-18', title: `${long} Teil 1` },
      { start: '2021-03-18', title: `${long} Teil 2` },
      { start: '2021-03-19', title: 'Einzeln' },
    ]);
    const files = calendarFiles(data)!;
    const names = files.perEvent.map((f) => f.name);
    expect(new Set(names).size).toBe(6);
    expect(names.at(-1)).toBe('2021-03-19-einzeln.ics');
    const uids = property(files.all, 'UID');
    expect(new Set(uids).size).toBe(6);
    expect(uids).toEqual(names.map((name) => `${name.replace(/\.ics$/, '')}@www.vitako.de`));
    // The same names in another order: each event keeps its file.
    const reversed = calendarFiles({ ...data, calendar: { ...data.calendar!, events: [...data.calendar!.events].reverse() } })!;
    expect(reversed.perEvent.map((f) => f.name).reverse()).toEqual(names);
    const { html } = await renderEmail(<Issue data={data} />);
    for (const name of names) expect(html).toContain(`href="https://www.vitako.de/kalender/${name}"`);
  });

  it('folds lines at 75 octets without splitting a UTF-8 sequence, and unfolds to the text given', () => {
    const title = `Digitaler Staat 📅🇩🇪 ${'Ärger über Öffnungszeiten '.repeat(6)}✅`;
    const files = calendarFiles(withEvents([{ start: '2021-05-11', title, location: '東京 🗼'.repeat(10) }]))!;
    for (const ics of [files.all, files.perEvent[0]!.content]) {
      for (const line of ics.split('\r\n')) {
        expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
        // Each line is whole UTF-8 on its own: no sequence cut in two.
        expect(Buffer.from(Buffer.from(line).toString('utf8')).equals(Buffer.from(line))).toBe(true);
        expect(line).not.toContain('\uFFFD');
      }
      expect(property(ics, 'SUMMARY')).toEqual([title]);
    }
  });

  it('escapes the calendar name as TEXT, like SUMMARY', () => {
    const files = calendarFiles(withEvents([{ start: '2021-05-11', title: 'A, B; C \\ D' }], { title: 'Termine, Fristen; Sonstiges \\ mehr' }))!;
    expect(property(files.all, 'X-WR-CALNAME')).toEqual(['Termine\\, Fristen\\; Sonstiges \\\\ mehr']);
    expect(property(files.all, 'SUMMARY')).toEqual(['A\\, B\\; C \\\\ D']);
  });

  it('throws CalendarError naming the field, never a ZodError', () => {
    const error = (() => {
      try {
        calendarFiles({ ...seedIssue(), calendar: { events: [{ start: '2021-02-30', title: 'x' }] } });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CalendarError);
    expect((error as CalendarError).problems).toEqual(['calendar.events.0.start: must be a real date as YYYY-MM-DD or a valid Date, got "2021-02-30"']);
  });
});
