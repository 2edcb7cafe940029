import { createEvents, type EventAttributes } from 'ics';
import { eventDays, eventIcsFileNames } from '../components/EventCalendar/calendarLinks';
import type { eventCalendarSchema } from '../components/EventCalendar/EventCalendar';
import { resolveLocale } from '../i18n/registry';
import type { ParsedIssue } from '../issue/parse';
import type { IssueData } from '../issue/schema';
import type * as z from 'zod';
import type { AnyBlock } from '../define/defineBlock';
import { OutputError, parsedIssueFor } from './error';

type Calendar = z.output<typeof eventCalendarSchema>;
type CalendarEvent = Calendar['events'][number];
type Issue = ParsedIssue<AnyBlock>;

export interface CalendarFile {
  /** File name, e.g. `2021-03-17-9-fachkongress-des-it-planungsrates.ics`; unique within the issue. */
  name: string;
  /** The iCalendar text (CRLF line ends). */
  content: string;
}

/** The issue's calendar could not be written: every problem names its field. */
export class CalendarError extends OutputError {
  override name = 'CalendarError';
}

/** The host that makes event UIDs globally unique: the web version's, else the publisher's web site's. */
function uidDomain(issue: Issue): string {
  for (const url of [issue.browserUrl, issue.footer.publisher.website]) {
    if (url) {
      try {
        return new URL(url).hostname;
      } catch {
        // a merge tag, not a URL: try the next one
      }
    }
  }
  return 'newsletter-kit.invalid';
}

function toAttributes(event: CalendarEvent, name: string, issue: Issue, online: string): EventAttributes & { timestamp: number } {
  const { first, endExclusive } = eventDays(event);
  const issued = issue.masthead.date;
  return {
    uid: `${name.replace(/\.ics$/, '')}@${uidDomain(issue)}`,
    // DTSTAMP from the issue date rather than the clock, so that the same issue gives the same file.
    timestamp: Date.UTC(issued.year, issued.month - 1, issued.day),
    start: [first.year, first.month, first.day],
    end: [endExclusive.year, endExclusive.month, endExclusive.day],
    title: event.title,
    ...(event.location ? { location: event.online ? `${event.location} (${online})` : event.location } : event.online ? { location: online } : {}),
    ...(event.href ? { url: event.href, description: event.href } : {}),
    transp: 'TRANSPARENT',
    productId: 'newsletter-kit',
  };
}

/**
 * TEXT as RFC 5545 §3.3.11 escapes it. The ics library escapes SUMMARY, LOCATION and DESCRIPTION
 * so, but writes X-WR-CALNAME with only its line ends escaped (which it still does, after this).
 */
const escapeText = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,');

const encoder = new TextEncoder();

/**
 * Content lines folded as RFC 5545 §3.1 counts them: at most 75 octets a line, continuation lines
 * starting with a space, and never inside a UTF-8 sequence (the ics library counts characters, so
 * a line of emoji came out at over 200 octets).
 */
export function foldContentLines(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      if (encoder.encode(line).length <= 75) return line;
      const parts: string[] = [];
      let current = '';
      let octets = 0;
      let limit = 75;
      for (const char of line) {
        const size = encoder.encode(char).length;
        if (octets + size > limit) {
          parts.push(current);
          current = '';
          octets = 0;
          limit = 74; // the leading space of a continuation line is one of its 75 octets
        }
        current += char;
        octets += size;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

function build(events: readonly { event: CalendarEvent; name: string }[], issue: Issue, calName: string | undefined): string {
  const online = resolveLocale(issue.lang ?? 'de').labels.online;
  const { error, value } = createEvents(
    events.map(({ event, name }) => toAttributes(event, name, issue, online)),
    { productId: 'newsletter-kit', method: 'PUBLISH', ...(calName ? { calName: escapeText(calName) } : {}) },
  );
  if (error || !value) throw new CalendarError([`calendar: the ics library refused the events: ${error?.message ?? 'it returned nothing'}`]);
  return foldContentLines(value);
}

/** The issue's calendars: every `calendar` block, in the order of the issue. */
function calendarsOf(issue: Issue): Calendar[] {
  return issue.blocks.filter((entry): entry is typeof entry & { type: 'calendar' } & Calendar => entry.type === 'calendar');
}

/**
 * The issue's events as iCalendar: one file with every event of every calendar in the issue, and
 * one file per event where its calendar gives `addToCalendar: { icsBaseUrl }` (what its "add to
 * calendar" links point to). Events are all-day; DTEND is the day after the last day, as RFC 5545
 * wants and Google, Outlook and Apple Calendar read it. File names and UIDs are unique per event.
 * Returns `undefined` when the issue has no calendar. Takes issue data, or an issue `parseIssue`
 * has parsed (not parsed again); invalid issue data is a `CalendarError` naming each field.
 */
export function calendarFiles(data: IssueData | ParsedIssue<AnyBlock>): { all: string; perEvent: CalendarFile[] } | undefined {
  const issue = parsedIssueFor(data, (problems) => new CalendarError(problems));
  const calendars = calendarsOf(issue);
  if (!calendars.length) return undefined;
  // Named per calendar, as each calendar's "add to calendar" links name them.
  const named = calendars.map((calendar) => eventIcsFileNames(calendar.events).map((name, i) => ({ event: calendar.events[i]!, name })));
  const title = calendars.find((calendar) => calendar.title)?.title;
  const perEvent: CalendarFile[] = [];
  const problems: string[] = [];
  for (const [c, calendar] of calendars.entries()) {
    if (!calendar.addToCalendar || calendar.addToCalendar === 'google') continue;
    for (const e of named[c]!) {
      const content = build([e], issue, undefined);
      const earlier = perEvent.find((file) => file.name === e.name);
      if (!earlier) perEvent.push({ name: e.name, content });
      else if (earlier.content !== content) {
        problems.push(`calendar: two calendars of this issue have different events that would both be written as ${e.name} (the second is "${e.event.title}"): give one of them another title, or list the event in one calendar`);
      }
    }
  }
  if (problems.length) throw new CalendarError(problems);
  return {
    all: build(named.flat(), issue, title ?? issue.title),
    perEvent,
  };
}
