import { createElement } from 'react';
import { mso } from '../base/markup';

/**
 * Markup that only Outlook for Windows (the Word engine) reads, wrapped in a conditional
 * comment. React cannot emit comments, so this renders a marker element that `renderEmail`
 * replaces by `<!--[if mso]>…<![endif]-->` after inlining. The `condition` defaults to `mso`.
 */
export function Mso({ html, condition = 'mso' }: { html: string; condition?: string }) {
  return createElement(mso.tag, { [mso.condition]: condition, [mso.html]: html });
}

/** A marker as React writes it: its condition and its markup, both escaped as attribute values. */
export const MSO_MARKER = new RegExp(`<${mso.tag} ${mso.condition}="([^"]*)" ${mso.html}="([^"]*)"></${mso.tag}>`, 'g');

const unescape = (s: string) =>
  s.replace(/&(quot|#x27|#39|lt|gt|amp);/g, (_, e: string) =>
    e === 'quot' ? '"' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : "'",
  );

/** The conditional comment a marker stands for, from its escaped condition and markup. */
export function msoComment(condition: string, body: string): string {
  return `<!--[if ${unescape(condition)}]>${unescape(body)}<![endif]-->`;
}
