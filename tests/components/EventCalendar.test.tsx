import { describe, expect, it } from 'vitest';
import { EventCalendar } from '../../src';
import { fold, renderBlock } from '../support/render';

const events = [
  { start: '2021-02-25', title: '7. Zukunftskongress Bayern', href: 'https://example.org/zk', online: true },
  { start: '2021-03-17', end: '2021-03-18', title: '9. Fachkongress des IT-Planungsrates', online: true },
  { start: '2021-03-30', end: '2021-04-02', title: 'Smart City Konferenz' },
  { start: '2021-05-11', end: '2021-05-12', location: 'Berlin', title: 'Digitaler Staat 2021', href: 'https://example.org/ds', online: true },
];

describe('EventCalendar', () => {
  it('writes German dates, places before titles and "(digital)"', async () => {
    const { $, text } = await renderBlock(
      <EventCalendar title="Vitako ITKalender" events={events} allEvents={{ href: 'https://example.org/kalender', label: 'Vitako ITKalender' }} />,
    );
    expect($('h2').text()).toBe('Vitako ITKalender');
    const lines = $('p').map((_, p) => fold($(p).text())).get();
    expect(lines).toEqual([
      '25.02.2021, 7. Zukunftskongress Bayern (digital)',
      '17./18.03.2021, 9. Fachkongress des IT-Planungsrates (digital)',
      '30.03.–02.04.2021, Smart City Konferenz',
      '11./12.05.2021, Berlin, Digitaler Staat 2021 (digital)',
      'Vitako ITKalender',
    ]);
    expect($('a[href="https://example.org/zk"]').text()).toBe('7. Zukunftskongress Bayern');
    expect(fold(text)).toContain('11./12.05.2021, Berlin, Digitaler Staat 2021 <https://example.org/ds> (digital)');
    expect(fold(text)).toContain('Vitako ITKalender <https://example.org/kalender>');
  });

  it('writes English dates and "(online)"', async () => {
    const { $ } = await renderBlock(
      <EventCalendar events={[...events, { start: '2021-12-30', end: '2022-01-02', title: 'Hack days' }]} />,
      { lang: 'en' },
    );
    expect($('h2')).toHaveLength(0);
    expect($('p').map((_, p) => fold($(p).text())).get()).toEqual([
      '25 Feb 2021, 7. Zukunftskongress Bayern (online)',
      '17–18 Mar 2021, 9. Fachkongress des IT-Planungsrates (online)',
      '30 Mar – 2 Apr 2021, Smart City Konferenz',
      '11–12 May 2021, Berlin, Digitaler Staat 2021 (online)',
      '30 Dec 2021 – 2 Jan 2022, Hack days',
    ]);
  });

  it('renders a single event', async () => {
    const { $ } = await renderBlock(<EventCalendar events={[{ start: '2021-03-03', title: 'Berliner Anwendertag' }]} />);
    expect(fold($('p').text())).toBe('03.03.2021, Berliner Anwendertag');
  });

  it('names the event and prop of bad input', async () => {
    await expect(renderBlock(<EventCalendar events={[]} />)).rejects.toThrow(/EventCalendar: prop "events" must list at least one event/);
    await expect(renderBlock(<EventCalendar events={[events[0]!, { start: '2021-02-31', title: 'X' }]} />)).rejects.toThrow(
      /EventCalendar: prop "events\.1\.start" must be a real date/,
    );
    await expect(renderBlock(<EventCalendar events={[{ start: '2021-03-18', end: '2021-03-17', title: 'X' }]} />)).rejects.toThrow(
      /prop "events\.0\.end" must not end before it starts/,
    );
    await expect(renderBlock(<EventCalendar events={[{ start: '2021-03-18', title: 'X', href: 'javascript:void(0)' }]} />)).rejects.toThrow(
      /prop "events\.0\.href" must be an absolute/,
    );
  });
});
