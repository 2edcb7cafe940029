import type { ReactNode } from 'react';
import { href as hrefField, nonEmpty, validateProps } from '../../base/fields';
import { z } from 'zod';
import { paint, type ColorRole } from '../../layout/css';
import { ScreenReaderText } from '../../layout/ScreenReaderText';
import { useNewsletter } from '../../base/context';

export interface InlineLinkProps {
  /** Absolute `https:`, `http:`, `mailto:` or `tel:` URL, or an ESP merge tag. */
  href: string;
  /** The visible link text. */
  children: ReactNode;
  /**
   * Where the link goes, when the visible text does not say it ("hier", "Website"): screen
   * readers hear "hier (Aufzeichnung der Debatte)". Hidden from sight, left out of the text part.
   */
  context?: string;
  /** Colour role; the footer uses `footerText`. @default 'link' */
  tone?: Extract<ColorRole, 'link' | 'footerText' | 'muted' | 'onAccent'>;
}

const schema = z.object({ href: hrefField, context: nonEmpty.optional() });

/** A link inside running text: underlined (colour alone does not mark a link), themed, validated. */
export function InlineLink({ href, children, context, tone = 'link' }: InlineLinkProps) {
  validateProps('InlineLink', schema, { href, context });
  const { theme } = useNewsletter();
  return (
    <a href={href} {...paint(theme, { fg: tone }, { textDecoration: 'underline' })}>
      {children}
      {context ? <ScreenReaderText theme={theme} tone={tone}>{context}</ScreenReaderText> : null}
    </a>
  );
}
