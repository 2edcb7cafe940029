import type { ReactNode } from 'react';
import { paint, typography } from '../../layout/css';
import { useNewsletter } from '../../base/context';

/** Text tones a paragraph can take. */
export const ParagraphTone = { body: 'body', muted: 'muted', footer: 'footer' } as const;
export type ParagraphTone = (typeof ParagraphTone)[keyof typeof ParagraphTone];

export interface ParagraphProps {
  /** Text and inline elements (`InlineLink`, `<strong>`). */
  children: ReactNode;
  /**
   * `body` for article text, `muted` for secondary lines, `footer` for the small legal print.
   * @default 'body'
   */
  tone?: ParagraphTone;
  /** Bold, e.g. a sign-off. @default false */
  bold?: boolean;
  /** Space below in px; the last paragraph of a block usually wants 0. @default theme.space.md */
  spaceAfter?: number;
}

/** A themed paragraph. Strings passed as children of `Intro` or `NewsItem` become these. */
export function Paragraph({ children, tone = 'body', bold = false, spaceAfter }: ParagraphProps) {
  const { theme } = useNewsletter();
  const role = tone === 'footer' ? 'footer' : tone === 'muted' ? 'small' : 'body';
  const fg = tone === 'footer' ? 'footerText' : tone === 'muted' ? 'muted' : 'text';
  const p = paint(theme, { fg }, {
    ...typography(theme, role),
    ...(bold ? { fontWeight: theme.fontWeights.bold } : {}),
    margin: `0 0 ${spaceAfter ?? theme.space.md}px`,
  });
  return <p {...p}>{children}</p>;
}
