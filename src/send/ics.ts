import { createEvents, type EventAttributes } from 'ics';
import { eventDays, eventIcsFileName } from '../components/EventCalendar/calendarLinks';
import type { eventCalendarSchema } from '../components/EventCalendar/EventCalendar';
import { resolveLocale } from '../i18n/registry';
import { asParsedIssue, type ParsedIssue } from '../issue/parse';
import type { IssueData } from '../issue/schema';
import type * as z from 'zod';
import type { AnyBlock } from '../define/defineBlock';

type Calendar = z.output<typeof eventCalendarSchema>;
type CalendarEvent = Calendar['events'][number];
type Issue = ParsedIssue<AnyBlock>;

export interface CalendarFile {
  /** File name, e.g. `2021-03-17-9-fachkongress-des-it-planungsrates.ics`. */
  name: string;
  /** The iCalendar text (CRLF line ends). */
  content: string;
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

function toAttributes(event: CalendarEvent, issue: Issue, online: string): EventAttributes & { timestamp: number } {
  const { first, endExclusive } = eventDays(event);
  const issued = issue.masthead.date;
  return {
    uid: `${eventIcsFileName(event).replace(/\.ics$/, '')}@${uidDomain(issue)}`,
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

function build(events: CalendarEvent[], issue: Issue, calName: string | undefined): string {
  const online = resolveLocale(issue.lang ?? 'de').labels.online;
  const { error, value } = createEvents(
    events.map((e) => toAttributes(e, issue, online)),
    { productId: 'newsletter-kit', method: 'PUBLISH', ...(calName ? { calName } : {}) },
  );
  if (error || !value) throw new Error(`calendar: ${error?.message ?? 'the ics library returned nothing'}`);
  return value;
}

/** The issue's calendars: every `calendar` block, in the order of the issue. */
function calendarsOf(issue: Issue): Calendar[] {
  return issue.blocks.filter((entry): entry is typeof entry & { type: 'calendar' } & Calendar => entry.type === 'calendar');
}

/**
 * The issue's events as iCalendar: one file with every event of every calendar in the issue,
 * and one file per event where its calendar gives `addToCalendar: { icsBaseUrl }` (what its
 * "add to calendar" links point to). Events are all-day; DTEND is the day after the last day, as
 * RFC 5545 wants and Google, Outlook and Apple Calendar read it. Returns `undefined` when the
 * issue has no calendar. Takes issue data, or an issue `parseIssue` has parsed (not parsed again).
 */
export function calendarFiles(data: IssueData | ParsedIssue<AnyBlock>): { all: string; perEvent: CalendarFile[] } | undefined {
  const issue = asParsedIssue(data as IssueData) as Issue;
  const calendars = calendarsOf(issue);
  if (!calendars.length) return undefined;
  const events = calendars.flatMap((calendar) => calendar.events);
  const title = calendars.find((calendar) => calendar.title)?.title;
  return {
    all: build(events, issue, title ?? issue.title),
    perEvent: calendars.flatMap((calendar) =>
      calendar.addToCalendar && calendar.addToCalendar !== 'google'
        ? calendar.events.map((e) => ({ name: eventIcsFileName(e), content: build([e], issue, undefined) }))
        : [],
    ),
  };
}
