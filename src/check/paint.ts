import type { Element } from 'domhandler';
import { composite, parseColor, type Rgba } from './colors';
import { styleOf } from './document';

/**
 * What an element paints its text with and on, from its inline style and attributes: each value
 * is the element's own given its parent's, so that one pass down the tree gives every element's.
 */

export const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
export const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };
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
 * A node's background over what lies below it (the root's "below" is white): each painted layer
 * blends over it; undefined under an image or a colour the check cannot read.
 */
export function ownBackground(node: Element, below: Rgba | undefined): Rgba | undefined {
  const paint = backgroundOf(node);
  if (paint === undefined) return below;
  if (paint === 'image' || paint === 'unknown' || below === undefined) return undefined;
  return paint.a >= 1 ? paint : composite(paint, below);
}

/** The nearest inline `color` (or `<font color>`), a link's default colour, else the parent's; undefined when unreadable. */
export function ownColour(node: Element, fromParent: Rgba | undefined): Rgba | undefined {
  const declared = styleOf(node).get('color') ?? (node.name === 'font' ? node.attribs['color'] : undefined);
  if (declared !== undefined && !/^(?:inherit|currentcolor|unset)$/i.test(declared.trim())) return parseColor(declared);
  if (node.name === 'a' && node.attribs['href'] !== undefined) return DEFAULT_LINK;
  return fromParent;
}

/** Inline `font-weight`, else the tag's default (bold for headings, `<b>`, `<strong>`, `<th>`), else the parent's. */
export function ownWeight(node: Element, fromParent: number): number {
  const weight = styleOf(node).get('font-weight')?.trim().toLowerCase();
  if (weight !== undefined && weight !== 'inherit') return weight === 'bold' || weight === 'bolder' ? 700 : Number(weight) || 400;
  return boldByDefault.has(node.name) ? 700 : fromParent;
}
