import type { ReactNode } from 'react';
import * as z from 'zod';
import { href as hrefField, nonEmpty, oneOf } from '../../base/fields';
import { defineBlock } from '../../define/defineBlock';

import { record } from '../../base/values';
import { usePaint } from '../../layout/css';
import { ScreenReaderText } from '../../layout/ScreenReaderText';
import { useLink, useNewsletter } from '../../context';

/** Colour roles a link can take. */
export const LinkTone = { link: 'link', footerText: 'footerText', muted: 'muted', onAccent: 'onAccent' } as const;
export type LinkTone = (typeof LinkTone)[keyof typeof LinkTone];

export const inlineLinkSchema = record({
  /** Absolute `https:`, `http:`, `mailto:` or `tel:` URL, or an ESP merge tag. */
  href: hrefField,
  /**
   * Where the link goes, when the visible text does not say it ("hier", "Website"): screen
   * readers hear "hier (Aufzeichnung der Debatte)". Hidden from sight, left out of the text part.
   */
  context: nonEmpty.optional(),
  /** Colour role; the footer uses `footerText`. @default 'link' */
  tone: oneOf(LinkTone).optional(),
}, 'an object { href, context?, tone? }');

interface LinkText {
  /** The visible link text. */
  children: ReactNode;
}

export type InlineLinkProps = z.input<typeof inlineLinkSchema> & LinkText;

/** A link inside running text: underlined (colour alone does not mark a link), themed, validated. */
export const InlineLink = defineBlock({ name: 'InlineLink', schema: inlineLinkSchema, layout: 'part', render: Link });

/** `InlineLink` for props already parsed (by `Issue`, or a component that built the URL from parsed values). */
export const ParsedInlineLink = InlineLink.Parsed;

function Link({ href, children, context, tone = 'link' }: z.output<typeof inlineLinkSchema> & LinkText) {
  const { theme } = useNewsletter();
  const paint = usePaint();
  const link = useLink();
  return (
    <a href={link(href)} {...paint({ fg: tone }, { textDecoration: 'underline' })}>
      {children}
      {context ? <ScreenReaderText tone={tone}>{context}</ScreenReaderText> : null}
    </a>
  );
}
