import type { ReactNode } from 'react';
import { href as hrefField, nonEmpty, validateProps } from '../../issue/fields';
import { z } from 'zod';
import { paint, type ColorRole } from '../../layout/css';
import { useNewsletter } from '../context';

export interface InlineLinkProps {
  /** Absolute `https:`, `http:`, `mailto:` or `tel:` URL, or an ESP merge tag. */
  href: string;
  /** The visible link text. */
  children: ReactNode;
  /**
   * Accessible name when the visible text does not say where the link goes ("hier", "Website").
   * Screen readers read it instead of the text; it should contain the visible words.
   */
  label?: string;
  /** Colour role; the footer uses `footerText`. @default 'link' */
  tone?: Extract<ColorRole, 'link' | 'footerText' | 'muted' | 'onAccent'>;
}

const schema = z.object({ href: hrefField, label: nonEmpty.optional() });

/** A link inside running text: underlined (colour alone does not mark a link), themed, validated. */
export function InlineLink({ href, children, label, tone = 'link' }: InlineLinkProps) {
  validateProps('InlineLink', schema, { href, label });
  const { theme } = useNewsletter();
  return (
    <a href={href} aria-label={label} {...paint(theme, { fg: tone }, { textDecoration: 'underline' })}>
      {children}
    </a>
  );
}
