import { Fragment, type ReactNode } from 'react';
import * as z from 'zod';
import { href, nonEmpty } from '../../base/fields';
import { byShape, plainText, record } from '../../base/values';
import { defineBlock } from '../../define/defineBlock';
import { ParsedInlineLink } from '../InlineLink/InlineLink';
import { paragraphSchema, ParsedParagraph } from '../Paragraph/Paragraph';
import { takesEnd } from '../Paragraph/paragraphEnd';
import { InlineMarkdown } from './InlineMarkdown';
import { inlineProblems } from './inline';

/**
 * Rich text as issue data writes it: a paragraph is a string in a small inline format, or runs
 * of text, links and bold taken literally.
 */

/** A paragraph string: the inline format, with every link target checked like any other href. */
export const inlineText = nonEmpty.superRefine((value, ctx) => {
  for (const message of inlineProblems(value)) ctx.addIssue({ code: 'custom', message });
});

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

/** Paragraphs of a block's text in issue data (a news item's teaser, the letter). */
export const paragraphs = z.array(richTextSchema, { error: 'must be an array of paragraphs' }).min(1, { error: 'must have at least one paragraph' });

export type Inline = z.input<typeof inlineSchema>;
export type RichText = z.input<typeof richTextSchema>;
export type ParsedRichText = z.output<typeof richTextSchema>;

export const richParagraphSchema = paragraphSchema.extend({
  /** The paragraph: `[text](https://…)`, `**bold**`, `*italic*` in a string, or an array of runs. */
  text: richTextSchema,
});

interface End {
  /** Inline content after the text, e.g. a news item's "Mehr…" link. */
  end?: ReactNode;
}

/**
 * A paragraph of rich text from issue data; its links are validated. In an issue's `blocks`,
 * `{ type: 'paragraph', text: '…' }` is a paragraph in a row of its own.
 */
export const RichParagraph = defineBlock({
  name: 'RichParagraph',
  type: 'paragraph',
  schema: richParagraphSchema,
  layout: 'part',
  nodes: ['end'],
  render: Runs,
});

takesEnd(RichParagraph, RichParagraph.Parsed);

export type RichParagraphProps = z.input<typeof richParagraphSchema> & End;

/** The paragraphs of issue data as the children of a block. */
export function richParagraphs(items: readonly ParsedRichText[]): ReactNode[] {
  return items.map((p, i) => <RichParagraph.Parsed key={i} text={p} />);
}

/** A string is the inline format; an array of runs is taken literally. */
function Runs({ text, end, ...paragraph }: z.output<typeof richParagraphSchema> & End) {
  return (
    <ParsedParagraph {...paragraph} end={end}>
      {typeof text === 'string' ? (
        <InlineMarkdown source={text} />
      ) : (
        text.map((run, i) =>
          typeof run === 'string' ? (
            <Fragment key={i}>{run}</Fragment>
          ) : 'bold' in run ? (
            <strong key={i}>{run.bold}</strong>
          ) : (
            <ParsedInlineLink key={i} href={run.href} context={run.context}>
              {run.text}
            </ParsedInlineLink>
          ),
        )
      )}
    </ParsedParagraph>
  );
}
