import type { Element } from 'domhandler';
import { excerptOf } from '../document';
import { footerSelector, legalFooters, withinAny } from '../markup';
import { visibleText } from '../text';
import { defineRule } from '../rule';

const MIN_BODY_PX = 14;
const MIN_FOOTER_PX = 12;

export const a11yFontSize = defineRule({
  id: 'a11y-font-size',
  severity: 'error',
  description:
    `Visible text is at least 14 px, in the footer (below \`${footerSelector}\`) at least 12 px. The size is computed from inline \`font-size\` (px, pt, em, %, rem, keywords) and the default sizes of headings and \`<small>\`; hidden elements such as the preheader are exempt.`,
  clients: 'All; small text is hard to read on phones.',
  source: 'Email Markup Consortium; common email accessibility guidance',
  check(doc, { report }) {
    let inFooters: Set<Element> | undefined;
    const groups = new Map<string, { count: number; size: number; minimum: number; zone: string; excerpt: string }>();
    const { elements, styles } = visibleText(doc);
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i]!;
      const { size } = styles[i]!;
      // font-size:0 hides whitespace between inline blocks, nothing to read; a size fit for the body is fit for the footer too.
      if (size === 0 || size >= MIN_BODY_PX - 0.01) continue;
      inFooters ??= withinAny(legalFooters(doc));
      const inFooter = inFooters.has(element);
      const minimum = inFooter ? MIN_FOOTER_PX : MIN_BODY_PX;
      if (size >= minimum - 0.01) continue;
      const zone = inFooter ? 'footer' : 'body';
      const rounded = Math.round(size * 100) / 100;
      const key = `${zone}:${rounded}`;
      const group = groups.get(key);
      if (group) group.count += 1;
      else groups.set(key, { count: 1, size: rounded, minimum, zone, excerpt: excerptOf(doc.$, element) });
    }
    return [...groups.values()].map(({ count, size, minimum, zone, excerpt }) =>
      report(`${size}px text in ${count} element${count > 1 ? 's' : ''} of the ${zone} (minimum ${minimum}px)`, { excerpt }),
    );
  },
});
