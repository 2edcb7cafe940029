import * as z from 'zod';
import { callToActionSchema } from '../components/CallToAction';
import { eventCalendarSchema } from '../components/EventCalendar';
import { introSchema } from '../components/Intro';
import { legalFooterSchema } from '../components/LegalFooter';
import { mastheadSchema } from '../components/Masthead';
import { newsItemSchema } from '../components/NewsItem';
import { newsletterSchema } from '../components/Newsletter';
import { href, nonEmpty } from '../base/fields';
import { byShape, plainText, record } from '../base/values';
import { checkUnsubscribeOnce, inlineText, sendingFields } from './sending';

/**
 * An issue as data: what an editor writes (in TypeScript, JSON or a CMS), apart from how it
 * looks. Each part reuses the schema of the component that shows it, so the data and the
 * component props cannot drift apart.
 */

/** A run of text inside a paragraph: plain, a link, or bold. */
export const inlineSchema = byShape(
  [
    plainText,
    record({ text: nonEmpty, href, context: nonEmpty.optional() }, 'a link { text, href, context? }'),
    record({ bold: nonEmpty }, 'bold text { bold }'),
  ],
  // An object with `bold` is bold text, any other object a link: its error names the missing field.
  (input) => (typeof input === 'string' ? 0 : typeof input === 'object' && input !== null && !Array.isArray(input) ? ('bold' in input ? 2 : 1) : undefined),
  'a string, a link { text, href, context? } or bold text { bold }',
);

/** A paragraph: a string in the inline format (`[text](url)`, `**bold**`, `*italic*`), or runs taken literally. */
export const richTextSchema = byShape(
  [inlineText, z.array(inlineSchema).min(1, { error: 'must not be empty' })],
  (input) => (typeof input === 'string' ? 0 : Array.isArray(input) ? 1 : undefined),
  'a paragraph: a string, or an array of strings, links { text, href } and { bold }',
);

const paragraphs = z.array(richTextSchema, { error: 'must be an array of paragraphs' }).min(1, { error: 'must have at least one paragraph' });

export const issueSchema = newsletterSchema
  .extend({
    masthead: mastheadSchema,
    intro: introSchema.extend({ paragraphs }).optional(),
    news: z.array(newsItemSchema.extend({ paragraphs }), { error: 'must be an array of news items' }),
    calendar: eventCalendarSchema.optional(),
    links: z.array(callToActionSchema.omit({ align: true }).extend({ text: nonEmpty }), { error: 'must be an array of { href, text }' }).optional(),
    footer: legalFooterSchema.extend({ unsubscribeUrl: href.optional() }),
    ...sendingFields,
    /**
     * `compact` lays a long issue out in under half the height: smaller body text, lines and
     * spacing (`compactTheme`), each news image as a thumbnail beside its headline and credit
     * with the teaser at full width, "Mehr…" closing the last paragraph, the Impressum in two
     * columns. Nothing is left out; the plain-text part is the same. @default 'regular'
     */
    density: z.enum(['regular', 'compact'], { error: (i) => `must be "regular" or "compact", got ${JSON.stringify(i.input)}` }).optional(),
  })
  // Runs even when other fields are wrong, so that a missing unsubscribe URL is reported with them.
  .superRefine(checkUnsubscribeOnce, { when: () => true });

export type Inline = z.input<typeof inlineSchema>;
export type RichText = z.input<typeof richTextSchema>;
export type ParsedRichText = z.output<typeof richTextSchema>;
/** An issue as an editor writes it. */
export type IssueData = z.input<typeof issueSchema>;
