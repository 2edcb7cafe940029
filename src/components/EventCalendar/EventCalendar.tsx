import * as z from 'zod';
import { calendarDate, compareDays, type CalendarDay } from '../../base/values/date';

const isDay = (value: unknown): value is CalendarDay => typeof value === 'object' && value !== null && 'year' in value;
import { href, nonEmpty } from '../../base/fields';
import { defineBlock } from '../../define/defineBlock';

import { record } from '../../base/values';
import { Block } from '../../layout/Block';
import { typographyIn, usePaint } from '../../layout/css';
import { useNewsletter } from '../../context';
import { useSides } from '../../layout/direction';
import { formatEventDate } from '../../i18n/registry';
import { ParsedInlineLink } from '../InlineLink/InlineLink';
import { ParsedSectionHeading } from '../SectionHeading/SectionHeading';
import { addToCalendarUrl, eventIcsFileNames } from './calendarLinks';

const event = record(
  {
    /** First day: ISO `YYYY-MM-DD` or a `Date`. */
    start: calendarDate,
    /** Last day of a multi-day event; same-month ranges read "17./18.03.2021". */
    end: calendarDate.optional(),
    /** Name of the event. */
    title: nonEmpty,
    /** Event page. */
    href: href.optional(),
    /** Venue, written before the title: "Berlin, Digitaler Staat 2021". */
    location: nonEmpty.optional(),
    /** Held online: adds "(digital)" / "(online)". @default false */
    online: z.boolean({ error: 'must be true or false' }).optional(),
  },
  'an event { start, title, end?, href?, location?, online? }',
)
  // zod runs this even when a date failed above (then it is not a day): only two real days can be out of order.
  .refine((e) => !isDay(e.start) || !isDay(e.end) || compareDays(e.end, e.start) >= 0, {
    error: 'must not end before it starts',
    path: ['end'],
  });

export const eventCalendarSchema = record(
  {
    /** Heading above the list, e.g. "Vitako ITKalender". */
    title: nonEmpty.optional(),
    /** Events in the order they should appear. */
    events: z.array(event, { error: 'must be an array of events' }).min(1, { error: 'must list at least one event' }),
    /** A link to the full calendar under the list. */
    allEvents: record({ href, label: nonEmpty }, 'an object { href, label }').optional(),
    /** Adds a localized "add to calendar" link after each event: to a Google Calendar template, or `{ icsBaseUrl }` where one `.ics` per event is served. */
    addToCalendar: z
      .union([z.literal('google'), record({ icsBaseUrl: href }, 'an object { icsBaseUrl }')], { error: 'must be "google" or { icsBaseUrl }' })
      .optional(),
  },
  'an object { title?, events, allEvents?, addToCalendar? }',
);

export type EventCalendarProps = z.input<typeof eventCalendarSchema>;
export type CalendarEvent = z.input<typeof event>;

/** Upcoming events, one line each: date, place, linked title, "(digital)". */
export const EventCalendar = defineBlock({ name: 'EventCalendar', type: 'calendar', schema: eventCalendarSchema, render: Calendar });

/** `EventCalendar` for props its schema has already parsed (`Issue` validates the whole issue once). */
export const ParsedEventCalendar = EventCalendar.Parsed;

function Calendar({ title, events, allEvents, addToCalendar }: z.output<typeof eventCalendarSchema>) {
  const { theme, labels, locale } = useNewsletter();
  const paint = usePaint();
  const { isolate } = useSides();
  const comma = labels.comma ?? ', ';
  const body = typographyIn(theme, 'body', 'body');
  const line = paint({ fg: 'text' }, { ...body, margin: `0 0 ${theme.space.sm}px` });
  const icsNames = eventIcsFileNames(events);
  return (
    <Block>
      {title ? <ParsedSectionHeading>{title}</ParsedSectionHeading> : null}
      {events.map((e, i) => (
        <p key={i} {...line}>
          <strong>{formatEventDate(e.start, e.end, locale)}</strong>
          {comma}
          {e.location ? `${isolate(e.location)}${comma}` : null}
          {e.href ? <ParsedInlineLink href={e.href}>{isolate(e.title)}</ParsedInlineLink> : isolate(e.title)}
          {e.online ? ` (${labels.online})` : null}
          {addToCalendar ? (
            <>
              {' – '}
              <ParsedInlineLink href={addToCalendarUrl(e, addToCalendar, icsNames[i])} context={e.title}>
                {labels.addToCalendar}
              </ParsedInlineLink>
            </>
          ) : null}
        </p>
      ))}
      {allEvents ? (
        <p {...paint({ fg: 'text' }, { ...body, margin: `${theme.space.md}px 0 0` })}>
          <ParsedInlineLink href={allEvents.href}>
            <strong>{allEvents.label}</strong>
          </ParsedInlineLink>
        </p>
      ) : null}
    </Block>
  );
}
