import type { AnyNode, Element } from 'domhandler';
import { hidesItself, inherited, isElement, styleOf, walk, type EmailDocument } from './document';

export const ROOT_PX = 16;
const keywordSizes: Record<string, number> = {
  'xx-small': 9,
  'x-small': 10,
  small: 13,
  medium: 16,
  large: 18,
  'x-large': 24,
  'xx-large': 32,
};
/** Browser default sizes relative to the parent, for elements without an inline font-size. */
const tagFactors: Record<string, number> = { h1: 2, h2: 1.5, h3: 1.17, h4: 1, h5: 0.83, h6: 0.67, small: 0.83, sub: 0.83, sup: 0.83 };

function declaredFontSize(element: Element): string | undefined {
  const style = styleOf(element);
  const size = style.get('font-size');
  if (size) return size;
  // `font: italic bold 12px/1.5 Arial` — the size is the token before the optional /line-height.
  const shorthand = style.get('font');
  return shorthand ? /(?:^|\s)([\d.]+(?:px|pt|em|rem|%)|[a-z-]+-?small|medium|[a-z-]*large)(?:\/|\s|$)/i.exec(shorthand)?.[1] : undefined;
}

function resolveFontSize(value: string, parentPx: number): number {
  const keyword = keywordSizes[value.toLowerCase()];
  if (keyword !== undefined) return keyword;
  if (/^smaller$/i.test(value)) return parentPx / 1.2;
  if (/^larger$/i.test(value)) return parentPx * 1.2;
  const match = /^([\d.]+)(px|pt|em|rem|%)?$/i.exec(value.trim());
  if (!match) return parentPx;
  const number = Number(match[1]);
  switch (match[2]?.toLowerCase()) {
    case 'pt':
      return (number * 96) / 72;
    case 'em':
      return number * parentPx;
    case 'rem':
      return number * ROOT_PX;
    case '%':
      return (number / 100) * parentPx;
    default:
      return number;
  }
}

/** Computed font size in px from inline styles and browser defaults, walking up the tree. */
export function computedFontSize(element: Element, cache = new Map<Element, number>()): number {
  return inherited(
    element,
    cache,
    (node, parentPx) => {
      const declared = declaredFontSize(node);
      return declared ? resolveFontSize(declared, parentPx) : parentPx * (tagFactors[node.name] ?? 1);
    },
    ROOT_PX,
  );
}

const textElementsOf = new WeakMap<EmailDocument, Element[]>();
const fontSizesOf = new WeakMap<EmailDocument, Map<Element, number>>();

/** The computed-font-size cache of one parsed email, shared by the rules that read sizes. */
export function fontSizeCache(doc: EmailDocument): Map<Element, number> {
  let cache = fontSizesOf.get(doc);
  if (!cache) fontSizesOf.set(doc, (cache = new Map()));
  return cache;
}

/** Elements that directly hold visible, non-whitespace text. */
export function textElements(doc: EmailDocument): Element[] {
  const known = textElementsOf.get(doc);
  if (known) return known;
  const result: Element[] = [];
  const blank = /^[\s\u00a0\u200b-\u200f\u2060\ufeff\u034f\u00ad]*$/;
  if (doc.body) {
    walk(doc.body, (node: AnyNode) => {
      if (!isElement(node)) return false;
      if (node.name === 'style' || node.name === 'script' || hidesItself(node)) return false; // the walk stops at hidden subtrees
      if (node.children.some((child) => child.type === 'text' && !blank.test(child.data))) result.push(node);
      return true;
    });
  }
  textElementsOf.set(doc, result);
  return result;
}
