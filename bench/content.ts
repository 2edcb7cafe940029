/**
 * The newsletter every contender renders: the Branchenticker Nr. 5 fixture, resized to any number
 * of news items and personalised per recipient. The German labels are written out here, as a
 * React Email or MJML user would write them in their own template, so that the baselines do not
 * load newsletter-kit.
 */
import type { IssueData, RichText } from '../src';
import { branchenticker05 } from '../emails/fixtures/branchenticker-05';

export type Issue = typeof branchenticker05;
export type NewsData = Issue['news'][number];
export type EventData = Issue['calendar']['events'][number];

export const seed: Issue = branchenticker05;

/** The seed issue with `count` news items: its own eleven, repeated in order. */
export function issueWithItems(count: number): Issue {
  const news = Array.from({ length: count }, (_, i) => seed.news[i % seed.news.length]!);
  return { ...seed, news };
}

export interface Recipient {
  firstName: string;
  unsubscribeUrl: string;
}

const FIRST_NAMES = ['Anna', 'Jürgen', 'Zoë & Tim', 'Mehmet', 'Ørjan', 'Claire-Marie', "D'Arcy", 'Łukasz', 'Ines', 'Oluwaseun'];

/** `count` recipients with distinct first names and unsubscribe URLs, the same in every run. */
export function recipients(count: number): Recipient[] {
  return Array.from({ length: count }, (_, i) => recipient(i));
}

function recipient(i: number): Recipient {
  return {
    firstName: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${i}`,
    unsubscribeUrl: `https://www.vitako.de/newsletter/abmelden/${(i * 2654435761 >>> 0).toString(16).padStart(8, '0')}${i}`,
  };
}

/** The same recipients one at a time, none kept: a cursor over a list too long to hold. */
export function* recipientStream(count: number): Generator<Recipient> {
  for (let i = 0; i < count; i++) yield recipient(i);
}

export const greetingFor = (firstName: string) => `Hallo ${firstName},`;

/** The seed issue addressed to one recipient: greeting and unsubscribe link. */
export function personalIssue(issue: Issue, recipient: Recipient): Issue {
  return {
    ...issue,
    intro: { ...issue.intro, greeting: greetingFor(recipient.firstName) },
    footer: { ...issue.footer, unsubscribeUrl: recipient.unsubscribeUrl },
  };
}

/** The labels the seed issue shows, as a template author writes them. */
export const labels = {
  viewInBrowserBefore: 'Wird diese Nachricht nicht richtig dargestellt, klicken Sie bitte ',
  viewInBrowserLink: 'hier',
  viewInBrowserAfter: '.',
  more: 'Mehr…',
  photo: 'Foto',
  online: 'digital',
  phone: 'Telefon',
  email: 'E-Mail',
  website: 'Web',
  registerCourt: 'Registergericht',
  registerNumber: 'Registernummer',
  vatId: 'Umsatzsteuer-Identifikationsnummer gemäß § 27 a Umsatzsteuergesetz',
  objectionNotice:
    'Sie können der Verwendung Ihrer E-Mail-Adresse für diesen Newsletter jederzeit widersprechen, ohne dass hierfür andere als die Übermittlungskosten nach den Basistarifen entstehen.',
  unsubscribeBefore: 'Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. ',
  unsubscribe: 'Newsletter abbestellen',
  unsubscribeAfter: ' – mit einem Klick, jederzeit.',
} as const;

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** "Berlin, den 8. Februar 2021". */
export function mastheadLine(issue: Issue): string {
  const [y, m, d] = issue.masthead.date.split('-').map(Number) as [number, number, number];
  return `${issue.masthead.place}, den ${d}. ${MONTHS[m - 1]} ${y}`;
}

/** "25.02.2021", or "17./18.03.2021" for a range within one month. */
export function eventDate(event: EventData): string {
  const [y, m, d] = event.start.split('-');
  if (!('end' in event) || !event.end) return `${d}.${m}.${y}`;
  const [, , d2] = event.end.split('-');
  return `${d}./${d2}.${m}.${y}`;
}

export const issueTitle = (issue: Issue) => `${issue.masthead.title} Nr.\u00a0${issue.masthead.issueNumber}`;
export const newsTitle = (item: NewsData) => ('source' in item && item.source ? `${item.source}: ${item.title}` : item.title);

/** Runs of a paragraph: plain strings and links. */
export function runs(text: RichText): Array<string | { text: string; href: string }> {
  if (typeof text === 'string') return [text];
  return text.map((run) => (typeof run === 'string' ? run : 'bold' in run ? run.bold : { text: run.text, href: run.href }));
}

/**
 * Strings every contender's HTML must show (after tags are stripped and entities decoded): every
 * headline, paragraph, credit, event and footer line. The run refuses to compare renderers that
 * do not show the same newsletter.
 */
export function visibleText(issue: Issue): string[] {
  const para = (p: RichText) => runs(p).map((r) => (typeof r === 'string' ? r : r.text)).join('');
  const f = issue.footer;
  const p = f.publisher;
  return [
    labels.viewInBrowserBefore.trim(),
    issueTitle(issue),
    mastheadLine(issue),
    issue.intro.greeting,
    ...issue.intro.paragraphs.map(para),
    ...issue.intro.signOff,
    ...issue.news.flatMap((n) => [
      n.title,
      ...('source' in n && n.source ? [`${n.source}:`] : []),
      ...('credit' in n.image && n.image.credit ? [`${labels.photo}: ${n.image.credit}`] : []),
      ...n.paragraphs.map(para),
      labels.more,
    ]),
    issue.calendar.title,
    ...issue.calendar.events.flatMap((e) => [eventDate(e), e.title, `(${labels.online})`]),
    issue.calendar.allEvents.label,
    ...issue.links.map((l) => l.text),
    p.name,
    ...p.representatives.map((r) => `${r.role}: ${r.name}`),
    p.address.street,
    `${p.address.postalCode} ${p.address.city}`,
    `${labels.phone}: ${p.phone}`,
    `${labels.email}: ${p.email}`,
    `${labels.registerCourt}: ${p.register.court}`,
    `${labels.registerNumber}: ${p.register.number}`,
    `${labels.vatId}: ${p.vatId}`,
    f.disclaimerTitle,
    ...f.disclaimer,
    labels.objectionNotice,
    labels.unsubscribe,
  ];
}

export type { IssueData };
