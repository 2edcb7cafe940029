import type { Element } from 'domhandler';
import type { Rgba } from './colors';
import { hidesItself, inherited, isElement, parentElement, styleOf, type EmailDocument } from './document';
import { BLACK, ownBackground, ownColour, ownWeight, WHITE } from './paint';

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

/** An element's computed font size in px given its parent's: its inline size, else its tag's default factor. */
function ownFontSize(node: Element, parentPx: number): number {
  const declared = declaredFontSize(node);
  return declared ? resolveFontSize(declared, parentPx) : parentPx * (tagFactors[node.name] ?? 1);
}

/** How an element's text is set, each value inherited down the tree from inline styles and tag defaults. */
export interface TextStyle {
  /** Computed font size in px. */
  readonly size: number;
  /** The nearest backgrounds up the tree, blended down to the first opaque one; undefined under an image or an unreadable colour. */
  readonly background: Rgba | undefined;
  /** The nearest inline `color` (or `<font color>`), a link's default colour, else black; undefined when unreadable. */
  readonly colour: Rgba | undefined;
  readonly weight: number;
}

const ROOT_STYLE: TextStyle = { size: ROOT_PX, background: WHITE, colour: BLACK, weight: 400 };

/** The element's style given its parent's; the parent's own object when nothing changes, so that runs of plain text share one. */
function ownTextStyle(node: Element, parent: TextStyle): TextStyle {
  const size = ownFontSize(node, parent.size);
  const background = ownBackground(node, parent.background);
  const colour = ownColour(node, parent.colour);
  const weight = ownWeight(node, parent.weight);
  return size === parent.size && background === parent.background && colour === parent.colour && weight === parent.weight ? parent : { size, background, colour, weight };
}

/**
 * Everything of an element that `ownTextStyle` reads besides its parent's style: its tag name,
 * inline style, `bgcolor`, a `<font>`'s `color` and whether a link has an `href`. Elements with
 * the same key below the same style get the same style; an element with none of these is keyed by
 * its tag name alone.
 */
function ownStyleKey(node: Element): string {
  const { attribs, name } = node;
  const style = attribs['style'];
  const bgcolor = attribs['bgcolor'];
  const fontColour = name === 'font' ? attribs['color'] : undefined;
  const link = name === 'a' && attribs['href'] !== undefined;
  if (!style && !bgcolor && fontColour === undefined && !link) return name;
  // Each part with its length before it, so that no two elements that differ share a key, whatever
  // their values hold; the leading NUL keeps these apart from bare tag names (which start with a letter).
  return `\u0000${part(name)}${part(style ?? '')}${part(bgcolor ?? '')}${fontColour === undefined ? '-' : part(fontColour)}${link ? 'h' : ''}`;
}

const part = (value: string): string => `${value.length}:${value}`;

/** The visible text of one parsed email: the elements that directly hold it, in document order, and side by side how each one's text is set. */
export interface VisibleText {
  readonly elements: readonly Element[];
  readonly styles: readonly TextStyle[];
}

const visibleTextOf = new WeakMap<EmailDocument, VisibleText>();
const blank = /^[\s\u00a0\u200b-\u200f\u2060\ufeff\u034f\u00ad]*$/;

function holdsText(element: Element): boolean {
  for (const child of element.children) if (child.type === 'text' && !blank.test(child.data)) return true;
  return false;
}

/**
 * One pass down from `<body>` (the values above it taken from its ancestors) that finds the
 * text elements and computes each one's style from its parent's as it goes: no lookup up the
 * tree per element. The pass stops at hidden subtrees and at `<style>` and `<script>`.
 */
export function visibleText(doc: EmailDocument): VisibleText {
  const known = visibleTextOf.get(doc);
  if (known) return known;
  const elements: Element[] = [];
  const styles: TextStyle[] = [];
  const result: VisibleText = { elements, styles };
  visibleTextOf.set(doc, result);
  const body = doc.body;
  if (!body) return result;
  const above: Element[] = [];
  for (let node = parentElement(body); node; node = parentElement(node)) above.push(node);
  let style = ROOT_STYLE;
  for (let i = above.length - 1; i >= 0; i--) style = ownTextStyle(above[i]!, style);
  // Explicit stacks side by side, elements and their parents' styles: no depth limit.
  const nodes: Element[] = [body];
  const parents: TextStyle[] = [style];
  const alikeBelow = new Map<TextStyle, Map<string, TextStyle>>();
  while (nodes.length) {
    const node = nodes.pop()!;
    const parent = parents.pop()!;
    if (node.name === 'style' || node.name === 'script' || hidesItself(node)) continue;
    // Elements alike below one style share the style they get: a thousand <h3>s, one style, one contrast verdict.
    let alike = alikeBelow.get(parent);
    if (!alike) alikeBelow.set(parent, (alike = new Map()));
    const key = ownStyleKey(node);
    let own = alike.get(key);
    if (!own) alike.set(key, (own = ownTextStyle(node, parent)));
    if (holdsText(node)) {
      elements.push(node);
      styles.push(own);
    }
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      if (isElement(child)) {
        nodes.push(child);
        parents.push(own);
      }
    }
  }
  return result;
}

/** Elements that directly hold visible, non-whitespace text, in document order. */
export function textElements(doc: EmailDocument): readonly Element[] {
  return visibleText(doc).elements;
}

const stylesByElementOf = new WeakMap<EmailDocument, Map<Element, TextStyle>>();

/** How a text element's text is set (an element of `textElements`); for any other element, computed up the tree. */
export function textStyleOf(doc: EmailDocument, element: Element): TextStyle {
  let byElement = stylesByElementOf.get(doc);
  if (!byElement) {
    const { elements, styles } = visibleText(doc);
    byElement = new Map(elements.map((text, i) => [text, styles[i]!]));
    stylesByElementOf.set(doc, byElement);
  }
  return byElement.get(element) ?? inherited(element, new Map(), ownTextStyle, ROOT_STYLE);
}
