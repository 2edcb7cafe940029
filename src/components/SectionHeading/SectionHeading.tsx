import { Heading } from '@react-email/heading';
import type { ReactNode } from 'react';
import * as z from 'zod';
import { nonEmpty, oneOf } from '../../base/fields';
import { defineBlock } from '../../define/defineBlock';

import { record } from '../../base/values';
import { margin, typography, usePaint } from '../../layout/css';
import { useNewsletter } from '../../context';

/** Space below a headline, in theme spacing steps. */
export const HeadingSpace = { none: 'none', xs: 'xs', sm: 'sm' } as const;
export type HeadingSpace = (typeof HeadingSpace)[keyof typeof HeadingSpace];

export const sectionHeadingSchema = record({
  /** Heading level; the masthead holds the only `h1`. @default 2 */
  level: z.union([z.literal(2), z.literal(3)], { error: (i) => `must be 2 or 3, got ${JSON.stringify(i.input)}` }).optional(),
  /** Space below; `none` where the cell around the headline already spaces it. @default 'sm' */
  spaceAfter: oneOf(HeadingSpace).optional(),
}, 'an object { level?, spaceAfter? }');

interface HeadingText {
  children: ReactNode;
}

export type SectionHeadingProps = z.input<typeof sectionHeadingSchema> & HeadingText;

/**
 * A headline inside the column: news titles, the calendar title. In issue data,
 * `{ type: 'heading', text: 'Aus den Mitgliedern' }` opens a section in a row of its own.
 */
export const SectionHeading = defineBlock({
  name: 'SectionHeading',
  type: 'heading',
  schema: sectionHeadingSchema,
  layout: 'part',
  data: {
    fields: {
      /** The headline. */
      text: nonEmpty,
    },
    props: ({ text }) => ({ children: text }),
  },
  render: Headline,
});

/** `SectionHeading` for props already parsed (used by the blocks that set them themselves). */
export const ParsedSectionHeading = SectionHeading.Parsed;

function Headline({ children, level = 2, spaceAfter = 'sm' }: z.output<typeof sectionHeadingSchema> & HeadingText) {
  const { theme } = useNewsletter();
  const paint = usePaint();
  const h = paint({ fg: 'heading' }, { ...typography(theme, level === 2 ? 'h2' : 'h3'), margin: margin(0, 0, spaceAfter === 'none' ? 0 : theme.space[spaceAfter]) });
  return (
    <Heading as={level === 2 ? 'h2' : 'h3'} {...h}>
      {children}
    </Heading>
  );
}
