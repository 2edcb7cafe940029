import { describe, expect, it } from 'vitest';
import { Issue, renderEmail, type IssueData } from '../../src';
import { googleCalendarUrl } from '../../src/components/EventCalendar/calendarLinks';
import { calendarFiles } from '../../src/send';
import { seedIssue } from './support';

/** VEVENTs as property maps: lines unfolded (RFC 5545 §3.1), parameters kept in the key. */
function vevents(ics: string): Record<string, string>[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') events.push(current!), (current = undefined);
    else if (current) {
      const at = line.indexOf(':');
      current[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return events;
}

describe('calendarFiles', () => {
  it('writes every event as an all-day VEVENT with an exclusive DTEND, multi-day ranges included', () => {
    const ics = calendarFiles(seedIssue())!.all;
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    expect(ics).toContain('METHOD:PUBLISH\r\n');
    expect(ics).toContain('X-WR-CALNAME:Vitako ITKalender\r\n');
    const events = vevents(ics);
    expect(events.map((e) => [e.SUMMARY, e['DTSTART;VALUE=DATE'], e['DTEND;VALUE=DATE'], e.LOCATION])).toEqual([
      ['7. Zukunftskongress Bayern', '20210225', '20210226', 'digital'],
      ['Berliner Anwendertag', '20210303', '20210304', 'digital'],
      ['9. Fachkongress des IT-Planungsrates', '20210317', '20210319', 'digital'],
      ['Virtuelle 3. Fachkonferenz zu Smart City und mehr', '20210330', '20210331', 'digital'],
      ['Digitaler Staat 2021', '20210511', '20210513', 'Berlin (digital)'],
    ]);
    expect(events[0]).toMatchObject({ UID: '2021-02-25-7-zukunftskongress-bayern@www.vitako.de', URL: 'https://www.zukunftskongress.bayern', DTSTAMP: '20210208T000000Z' });
    expect(new Set(events.map((e) => e.UID)).size).toBe(events.length);
  });

  it('ends a range across a month and a year end on the right day', () => {
    const data = seedIssue();
    const issue: IssueData = { ...data, calendar: { events: [{ start: '2021-12-30', end: '2022-01-01', title: 'Jahreswechsel' }, { start: '2024-02-28', end: '2024-02-29', title: 'Schaltjahr' }] } };
    expect(vevents(calendarFiles(issue)!.all).map((e) => [e['DTSTART;VALUE=DATE'], e['DTEND;VALUE=DATE']])).toEqual([
      ['20211230', '20220102'],
      ['20240228', '20240301'],
    ]);
  });

  it('writes one file per event only when the issue serves them under a base URL, and nothing without a calendar', () => {
    const data = seedIssue();
    expect(calendarFiles(data)!.perEvent).toEqual([]);
    const served = calendarFiles({ ...data, calendar: { ...data.calendar!, addToCalendar: { icsBaseUrl: 'https://www.vitako.de/kalender' } } })!;
    expect(served.perEvent.map((f) => f.name)).toContain('2021-03-17-9-fachkongress-des-it-planungsrates.ics');
    expect(served.perEvent.every((f) => vevents(f.content).length === 1)).toBe(true);
    const { calendar: _, ...without } = data;
    expect(calendarFiles(without)).toBeUndefined();
  });
});

describe('add-to-calendar links', () => {
  it('builds a Google Calendar template for an all-day range, end exclusive', () => {
    const url = new URL(googleCalendarUrl({ start: '2021-03-17', end: '2021-03-18', title: '9. Fachkongress', location: 'Berlin', href: 'https://example.org' }));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(Object.fromEntries(url.searchParams)).toEqual({ action: 'TEMPLATE', text: '9. Fachkongress', dates: '20210317/20210319', details: 'https://example.org', location: 'Berlin' });
  });

  it('shows a localized link per event, to Google or to the served .ics file', async () => {
    const data = seedIssue();
    const google = await renderEmail(<Issue data={{ ...data, calendar: { ...data.calendar!, addToCalendar: 'google' } }} />);
    expect(google.html.match(/>In den Kalender</g)).toHaveLength(5);
    expect(google.html).toContain('https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=Berliner+Anwendertag&amp;dates=20210303%2F20210304');
    const served = await renderEmail(<Issue data={{ ...data, lang: 'en', calendar: { ...data.calendar!, addToCalendar: { icsBaseUrl: 'https://www.vitako.de/kalender/' } } }} />);
    expect(served.html.match(/>Add to calendar</g)).toHaveLength(5);
    expect(served.html).toContain('href="https://www.vitako.de/kalender/2021-03-03-berliner-anwendertag.ics"');
    const plain = await renderEmail(<Issue data={data} />);
    expect(plain.html).not.toContain('In den Kalender');
  });
});
