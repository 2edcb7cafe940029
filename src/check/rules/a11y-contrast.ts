import type { Element } from 'domhandler';
import { AA, isLargeText } from '../../base/contrast';
import { composite, contrastRatio, parseColor, toHex, type Rgba } from '../colors';
import { excerptOf, inherited, styleOf } from '../document';
import { defineRule } from '../rule';
import { computedFontSize, fontSizeCache, textElements } from '../text';

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
/** What clients paint a link without its own colour in. */
const DEFAULT_LINK: Rgba = { r: 0, g: 0, b: 0xee, a: 1 };
const boldByDefault = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'b', 'strong', 'th']);

/** Tokens of a CSS value, split at spaces outside brackets: `url(a b) #fff no-repeat` → 3 tokens. */
function tokens(value: string): string[] {
  const result: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of value) {
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (/\s/.test(char) && depth === 0) {
      if (current) result.push(current);
      current = '';
    } else current += char;
  }
  if (current) result.push(current);
  return result;
}

type Paint = Rgba | 'image' | 'unknown' | undefined;

/** The element's own background: a colour, an image without a colour (text over it cannot be judged), or nothing. */
function backgroundOf(element: Element): Paint {
  const style = styleOf(element);
  const declared = style.get('background-color');
  if (declared !== undefined) return /^transparent$/i.test(declared.trim()) ? undefined : (parseColor(declared) ?? 'unknown');
  const shorthand = style.get('background');
  if (shorthand !== undefined) {
    const colour = tokens(shorthand)
      .map((token) => parseColor(token))
      .find((value) => value !== undefined);
    if (colour) return colour;
    if (/url\(|gradient\(/i.test(shorthand)) return 'image';
  }
  const image = style.get('background-image');
  if (image !== undefined && /url\(|gradient\(/i.test(image)) return 'image';
  const attribute = element.attribs['bgcolor'];
  return attribute ? (parseColor(attribute) ?? 'unknown') : undefined;
}

/**
 * What each element's text is painted on and with, inherited down the tree and computed once per
 * element for the whole email (deeply nested text made one walk up per text element quadratic).
 */
interface Inherited {
  /** The nearest backgrounds up the tree, blended down to the first opaque one; undefined under an image or an unreadable colour. */
  background: Map<Element, Rgba | undefined>;
  /** The nearest inline `color` (or `<font color>`), a link's default colour, else black; undefined when unreadable. */
  colour: Map<Element, Rgba | undefined>;
  /** Inline `font-weight` up the tree, else the tag's default (bold for headings, `<b>`, `<strong>`, `<th>`). */
  weight: Map<Element, number>;
}

function inheritedBackground(element: Element, caches: Inherited): Rgba | undefined {
  // Resolved from the top down: the root's "below" is white, each painted layer blends over it.
  return inherited<Rgba | undefined>(
    element,
    caches.background,
    (node, below) => {
      const paint = backgroundOf(node);
      if (paint === undefined) return below;
      if (paint === 'image' || paint === 'unknown' || below === undefined) return undefined;
      return paint.a >= 1 ? paint : composite(paint, below);
    },
    WHITE,
  );
}

const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };

const freshCaches = (): Inherited => ({ background: new Map(), colour: new Map(), weight: new Map() });

/** The background one element's text is painted on (for rules that judge a single element). */
export function backgroundBehind(element: Element): Rgba | undefined {
  return inheritedBackground(element, freshCaches());
}

/** One element's text colour (for rules that judge a single element). */
export function textColour(element: Element): Rgba | undefined {
  return inheritedColour(element, freshCaches());
}

function inheritedColour(element: Element, caches: Inherited): Rgba | undefined {
  return inherited<Rgba | undefined>(
    element,
    caches.colour,
    (node, fromParent) => {
      const declared = styleOf(node).get('color') ?? (node.name === 'font' ? node.attribs['color'] : undefined);
      if (declared !== undefined && !/^(?:inherit|currentcolor|unset)$/i.test(declared.trim())) return parseColor(declared);
      if (node.name === 'a' && node.attribs['href'] !== undefined) return DEFAULT_LINK;
      return fromParent;
    },
    BLACK,
  );
}

function fontWeight(element: Element, caches: Inherited): number {
  return inherited(
    element,
    caches.weight,
    (node, fromParent) => {
      const weight = styleOf(node).get('font-weight')?.trim().toLowerCase();
      if (weight !== undefined && weight !== 'inherit') return weight === 'bold' || weight === 'bolder' ? 700 : Number(weight) || 400;
      return boldByDefault.has(node.name) ? 700 : fromParent;
    },
    400,
  );
}

export const a11yContrast = defineRule({
  id: 'a11y-contrast',
  severity: 'error',
  description:
    'Visible text has a contrast ratio of at least 4.5:1 against its background, large text (at least 24 px, or 18.66 px bold) at least 3:1 (WCAG AA). Colours come from the inline styles: the nearest `color` (or `<font color>`; a link without one counts as the default #0000ee; none at all as black) against the nearest painted background up the tree (`background-color`, a colour in `background`, `bgcolor`; semi-transparent layers blended, white below all). Text over a background image without a colour, or with a colour the check cannot read (e.g. `var()`), is not judged.',
  clients: 'All readers; low contrast is hardest on phones in daylight and for readers with low vision.',
  source: 'WCAG 2.2 success criterion 1.4.3 (contrast, minimum)',
  check(doc, { report }) {
    const sizes = fontSizeCache(doc);
    const groups = new Map<string, { count: number; excerpt: string; message: string }>();
    const caches = freshCaches();
    // Elements under the same inherited colour and background share those objects: the verdict for
    // one pair, size and weight is worked out once.
    const verdicts = new Map<Rgba, Map<Rgba, Map<string, { foreground: Rgba; ratio: number; minimum: number; large: boolean } | null>>>();
    for (const element of textElements(doc)) {
      const size = computedFontSize(element, sizes);
      if (size === 0) continue;
      const background = inheritedBackground(element, caches);
      const colour = inheritedColour(element, caches);
      if (!background || !colour) continue;
      const weight = fontWeight(element, caches);
      let byBackground = verdicts.get(colour);
      if (!byBackground) verdicts.set(colour, (byBackground = new Map()));
      let byText = byBackground.get(background);
      if (!byText) byBackground.set(background, (byText = new Map()));
      const textKey = `${size}/${weight}`;
      let verdict = byText.get(textKey);
      if (verdict === undefined) {
        const foreground = composite(colour, background);
        const ratio = contrastRatio(colour, background);
        const large = isLargeText(size + 0.01, weight);
        const minimum = large ? AA.large : AA.body;
        verdict = ratio >= minimum ? null : { foreground, ratio, minimum, large };
        byText.set(textKey, verdict);
      }
      if (verdict === null) continue;
      const { foreground, ratio, minimum, large } = verdict;
      const shown = Math.floor(ratio * 100) / 100;
      const key = `${toHex(foreground)}:${toHex(background)}:${minimum}`;
      const group = groups.get(key);
      if (group) group.count += 1;
      else {
        const kind = large ? 'large text' : 'text';
        groups.set(key, { count: 1, excerpt: excerptOf(doc.$, element), message: `${kind} ${toHex(foreground)} on ${toHex(background)} has a contrast of ${shown}:1 (WCAG AA needs ${minimum}:1)` });
      }
    }
    return [...groups.values()].map(({ count, excerpt, message }) => report(`${message} in ${count} element${count > 1 ? 's' : ''}`, { excerpt }));
  },
});
