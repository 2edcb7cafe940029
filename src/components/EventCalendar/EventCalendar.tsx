import { z } from 'zod';
import { compareDays, formatEventDate, toCalendarDay } from '../../i18n/dates';
import { calendarDate, href, nonEmpty, validateProps } from '../../base/fields';
import { Block } from '../../layout/Block';
import { paint, typography } from '../../layout/css';
import { useNewsletter } from '../../base/context';
import { InlineLink } from '../InlineLink';
import { SectionHeading } from '../SectionHeading';

export interface CalendarEvent {
  /** First day: ISO `YYYY-MM-DD` or a `Date`. */
  start: string | Date;
  /** Last day of a multi-day event; same-month ranges read "17./18.03.2021". */
  end?: string | Date;
  /** Name of the event. */
  title: string;
  /** Event page. */
  href?: string;
  /** Venue, written before the title: "Berlin, Digitaler Staat 2021". */
  location?: string;
  /** Held online: adds "(digital)" / "(online)". @default false */
  online?: boolean;
}

export interface EventCalendarProps {
  /** Heading above the list, e.g. "Vitako ITKalender". */
  title?: string;
  /** Events in the order they should appear. */
  events: CalendarEvent[];
  /** A link to the full calendar under the list. */
  allEvents?: { href: string; label: string };
}

const event = z
  .object({
    start: calendarDate,
    end: calendarDate.optional(),
    title: nonEmpty,
    href: href.optional(),
    location: nonEmpty.optional(),
    online: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .refine((e) => e.end === undefined || compareDays(toCalendarDay(e.end)!, toCalendarDay(e.start)!) >= 0, {
    error: 'must not end before it starts',
    path: ['end'],
  });

export const eventCalendarSchema = z.object(
  {
    title: nonEmpty.optional(),
    events: z.array(event, { error: 'must be an array of events' }).min(1, { error: 'must list at least one event' }),
    allEvents: z.object({ href, label: nonEmpty }).optional(),
  },
  { error: 'must be an object { title?, events, allEvents? }' },
);

/** Upcoming events, one line each: date, place, linked title, "(digital)". */
export function EventCalendar(props: EventCalendarProps) {
  const { title, events, allEvents } = validateProps('EventCalendar', eventCalendarSchema, props);
  const { theme, labels, lang } = useNewsletter();
  const line = paint(theme, { fg: 'text' }, { ...typography(theme, 'body'), margin: `0 0 ${theme.space.sm}px` });
  return (
    <Block>
      {title ? <SectionHeading>{title}</SectionHeading> : null}
      {events.map((e, i) => {
        const when = formatEventDate(toCalendarDay(e.start)!, e.end === undefined ? undefined : toCalendarDay(e.end), lang);
        return (
          <p key={i} {...line}>
            <strong>{when}</strong>, {e.location ? `${e.location}, ` : null}
            {e.href ? <InlineLink href={e.href}>{e.title}</InlineLink> : e.title}
            {e.online ? ` (${labels.online})` : null}
          </p>
        );
      })}
      {allEvents ? (
        <p {...paint(theme, { fg: 'text' }, { ...typography(theme, 'body'), margin: `${theme.space.md}px 0 0` })}>
          <InlineLink href={allEvents.href}>
            <strong>{allEvents.label}</strong>
          </InlineLink>
        </p>
      ) : null}
    </Block>
  );
}
