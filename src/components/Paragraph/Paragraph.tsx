import type { ReactNode } from 'react';
import * as z from 'zod';
import { oneOf } from '../../base/fields';
import { defineBlock } from '../../define/defineBlock';
import { record } from '../../base/values';
import { useTypography } from '../../layout/Block';
import { margin, usePaint } from '../../layout/css';
import { useNewsletter } from '../../context';
import { takesEnd } from './paragraphEnd';

/** Text tones a paragraph can take. */
export const ParagraphTone = { body: 'body', muted: 'muted', footer: 'footer' } as const;
export type ParagraphTone = (typeof ParagraphTone)[keyof typeof ParagraphTone];

export const paragraphSchema = record({
  /**
   * `body` for article text, `muted` for secondary lines, `footer` for the small legal print.
   * @default 'body'
   */
  tone: oneOf(ParagraphTone).optional(),
  /** Bold, e.g. a sign-off. @default false */
  bold: z.boolean({ error: 'must be true or false' }).optional(),
  /** Space below in px; the last paragraph of a block usually wants 0. @default theme.space.md */
  spaceAfter: z.number({ error: 'must be a number of px' }).int({ error: 'must be a whole number of px' }).nonnegative({ error: 'must not be negative' }).optional(),
}, 'an object { tone?, bold?, spaceAfter? }');

interface Text {
  /** Text and inline elements (`InlineLink`, `<strong>`). */
  children: ReactNode;
  /** Inline content after the text, e.g. a news item's "Mehr…" link closing its last paragraph. */
  end?: ReactNode;
}

export type ParagraphProps = z.input<typeof paragraphSchema> & Text;

/** A themed paragraph. Strings passed as children of `Intro` or `NewsItem` become these. */
export const Paragraph = defineBlock({
  name: 'Paragraph',
  schema: paragraphSchema,
  layout: 'part',
  nodes: ['children', 'end'],
  render: ParagraphBlock,
});

/** `Paragraph` for props already parsed (by `Issue`, or a block that sets them itself). */
export const ParsedParagraph = Paragraph.Parsed;

function ParagraphBlock({ children, end, tone = 'body', bold = false, spaceAfter }: z.output<typeof paragraphSchema> & Text) {
  const { theme } = useNewsletter();
  const paint = usePaint();
  const role = tone === 'footer' ? 'footer' : tone === 'muted' ? 'small' : 'body';
  const fg = tone === 'footer' ? 'footerText' : tone === 'muted' ? 'muted' : 'text';
  const p = paint({ fg }, {
    ...useTypography(role),
    ...(bold ? { fontWeight: theme.fontWeights.bold } : {}),
    margin: margin(0, 0, spaceAfter ?? theme.space.md),
  });
  return (
    <p {...p}>
      {children}
      {end}
    </p>
  );
}

takesEnd(Paragraph, ParsedParagraph);
