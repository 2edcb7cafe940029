import { AA, isLargeText } from '../../base/contrast';
import { composite, contrastRatio, toHex } from '../colors';
import { excerptOf } from '../document';
import { defineRule } from '../rule';
import { visibleText, type TextStyle } from '../text';

/** What is wrong with text set in this style, with the key of its finding; null when it is readable or cannot be judged. */
function verdictOf({ size, background, colour, weight }: TextStyle): { key: string; message: string } | null {
  if (size === 0 || !background || !colour) return null;
  const ratio = contrastRatio(colour, background);
  const large = isLargeText(size + 0.01, weight);
  const minimum = large ? AA.large : AA.body;
  if (ratio >= minimum) return null;
  const foreground = composite(colour, background);
  const shown = Math.floor(ratio * 100) / 100;
  const kind = large ? 'large text' : 'text';
  return { key: `${toHex(foreground)}:${toHex(background)}:${minimum}`, message: `${kind} ${toHex(foreground)} on ${toHex(background)} has a contrast of ${shown}:1 (WCAG AA needs ${minimum}:1)` };
}

export const a11yContrast = defineRule({
  id: 'a11y-contrast',
  severity: 'error',
  description:
    'Visible text has a contrast ratio of at least 4.5:1 against its background, large text (at least 24 px, or 18.66 px bold) at least 3:1 (WCAG AA). Colours come from the inline styles: the nearest `color` (or `<font color>`; a link without one counts as the default #0000ee; none at all as black) against the nearest painted background up the tree (`background-color`, a colour in `background`, `bgcolor`; semi-transparent layers blended, white below all). Text over a background image without a colour, or with a colour the check cannot read (e.g. `var()`), is not judged.',
  clients: 'All readers; low contrast is hardest on phones in daylight and for readers with low vision.',
  source: 'WCAG 2.2 success criterion 1.4.3 (contrast, minimum)',
  check(doc, { report }) {
    const groups = new Map<string, { count: number; excerpt: string; message: string }>();
    // Text elements that inherit everything share one style object: its verdict is worked out once.
    const verdicts = new Map<TextStyle, { key: string; message: string } | null>();
    const { elements, styles } = visibleText(doc);
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i]!;
      const style = styles[i]!;
      let verdict = verdicts.get(style);
      if (verdict === undefined) {
        verdict = verdictOf(style);
        verdicts.set(style, verdict);
      }
      if (verdict === null) continue;
      const group = groups.get(verdict.key);
      if (group) group.count += 1;
      else groups.set(verdict.key, { count: 1, excerpt: excerptOf(doc.$, element), message: verdict.message });
    }
    return [...groups.values()].map(({ count, excerpt, message }) => report(`${message} in ${count} element${count > 1 ? 's' : ''}`, { excerpt }));
  },
});
