import type { Meta, StoryObj } from '@storybook/react-vite';
import { EventCalendar, type CalendarEvent } from 'newsletter-kit';
import { english, german, pick } from '../support/fixtures';

const meta = {
  title: 'Components/EventCalendar',
  component: EventCalendar,
  args: german.calendar,
} satisfies Meta<typeof EventCalendar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Branchenticker 5's calendar: five events, two of them over two days, all online. */
export const ManyEvents: Story = {};

export const SingleEvent: Story = {
  args: { events: [pick(german.calendar.events, 0)], allEvents: undefined },
};

/** Without heading and without the link to the full calendar. */
export const ListOnly: Story = {
  args: { title: undefined, allEvents: undefined },
};

/** Every way a date range is written, one event each. */
const ranges = (label: (kind: string) => string): CalendarEvent[] => [
  { start: '2021-02-25', title: label('one day') },
  { start: '2021-03-17', end: '2021-03-18', title: label('two days, same month') },
  { start: '2021-03-17', end: '2021-03-20', title: label('four days, same month') },
  { start: '2021-03-30', end: '2021-04-02', title: label('across a month') },
  { start: '2021-12-30', end: '2022-01-02', title: label('across the year'), location: 'Berlin' },
  { start: '2021-06-01', end: '2021-06-01', title: label('start = end'), online: true },
];

const kindsDe: Record<string, string> = {
  'one day': 'Eintägig',
  'two days, same month': 'Zwei Tage im selben Monat',
  'four days, same month': 'Vier Tage im selben Monat',
  'across a month': 'Über das Monatsende',
  'across the year': 'Über den Jahreswechsel',
  'start = end': 'Ende gleich Anfang',
};

/** "25.02.2021", "17./18.03.2021", "17.–20.03.2021", "30.03.–02.04.2021", "30.12.2021–02.01.2022". */
export const DateRanges: Story = {
  args: { title: german.calendar.title, events: ranges((kind) => kindsDe[kind] ?? kind), allEvents: undefined },
};

/** "25 Feb 2021", "17–18 Mar 2021", "30 Mar – 2 Apr 2021", "30 Dec 2021 – 2 Jan 2022". */
export const DateRangesEnglish: Story = {
  args: { title: english.calendar.title, events: ranges((kind) => kind[0]!.toUpperCase() + kind.slice(1)), allEvents: undefined },
  globals: { emailLocale: 'en' },
};

/** Civic Digest 12's calendar: a range across months and one across the year. */
export const English: Story = {
  args: english.calendar,
  globals: { emailLocale: 'en' },
};

export const AlternativeTheme: Story = {
  globals: { emailTheme: 'alternative' },
};
