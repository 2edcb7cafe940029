import type { Element } from 'domhandler';
import { firstStrong } from '../../base/bidi';
import { ancestorsOrSelf, excerptOf, isHidden, normalizedText, styleOf } from '../document';
import { defineRule } from '../rule';
import type { Finding } from '../types';

/** Elements whose `align` attribute aligns their text (on a table or an image it places the box instead). */
const TEXT_ALIGNING = new Set(['p', 'div', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'span']);

/**
 * The direction an element's text runs in, from the nearest inline `direction` or `dir` (inline
 * style wins over the attribute, as in CSS; `dir="auto"` takes the text's first strong letter).
 */
export function directionAt(element: Element, text: () => string): 'ltr' | 'rtl' {
  for (const node of ancestorsOrSelf(element)) {
    const style = styleOf(node).get('direction')?.trim().toLowerCase();
    if (style === 'rtl' || style === 'ltr') return style;
    const dir = node.attribs['dir']?.trim().toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
    if (dir === 'auto') return firstStrong(text()) ?? 'ltr';
  }
  return 'ltr';
}

export const rtlAlignment = defineRule({
  id: 'rtl-alignment',
  severity: 'warning',
  description:
    'In right-to-left text (the nearest inline `direction` or `dir` is `rtl`), an element whose own text starts right to left is not aligned left by an inline `text-align: left` or an `align="left"` on a paragraph, cell, heading or block: Arabic or Hebrew set flush left starts each line away from where the reader begins. A mirrored layout aligns such text right (the start of its lines), or leaves the alignment to the direction.',
  clients: 'All: alignment is inline style that every client keeps.',
  source: 'W3C, "Structural markup and right-to-left text in HTML" (alignment follows the base direction); caniemail "direction"',
  check(doc, { report }) {
    const findings: Finding[] = [];
    // What `body [style*="text-align"], body [align]` selects, in document order.
    for (const element of doc.elements.inBody) {
      if (!(element.attribs['style']?.includes('text-align') || element.attribs['align'] !== undefined)) continue;
      const fromStyle = styleOf(element).get('text-align')?.trim().toLowerCase();
      const fromAttribute = TEXT_ALIGNING.has(element.name) ? element.attribs['align']?.trim().toLowerCase() : undefined;
      if ((fromStyle ?? fromAttribute) !== 'left' || isHidden(element)) continue;
      let text: string | undefined;
      const textOf = () => (text ??= normalizedText(doc.$, element));
      if (directionAt(element, textOf) !== 'rtl' || firstStrong(textOf()) !== 'rtl') continue;
      findings.push(
        report('right-to-left text aligned left: write text-align:right (or leave the alignment to the direction), or mark a left-to-right passage dir="ltr" with direction:ltr', {
          excerpt: excerptOf(doc.$, element),
        }),
      );
    }
    return findings;
  },
});
