import { load, type CheerioAPI } from 'cheerio/slim';
import { Element, type AnyNode, type Comment, type Document, type ParentNode } from 'domhandler';
import type { CssStylesheetAST } from '@adobe/css-tools';
import { parseInlineStyle, parseStylesheet } from './css';

/** A `<style>` element with its parsed rules. */
export interface StyleBlock {
  element: Element;
  css: string;
  inHead: boolean;
  sheet: CssStylesheetAST;
}

/** An `<!--[if …]>…<![endif]-->` comment, split into its condition and its markup. */
export interface ConditionalComment {
  node: Comment;
  condition: string;
  content: string;
}

/** The parsed email that every rule reads; built once per `checkEmail` call. */
export interface EmailDocument {
  html: string;
  $: CheerioAPI;
  /** The htmlparser2 tree that `$` reads, the same tree caniemail builds; undefined when a `<body>` was added to a fragment. */
  htmlparser2Root: Document | undefined;
  body: Element | undefined;
  styles: StyleBlock[];
  conditionalComments: ConditionalComment[];
  /** The first element child of `<body>` when it is hidden: the inbox preview text. */
  preheader: Element | undefined;
  /** First element child of `<body>` that is or contains a `<table>`, skipping the preheader. */
  outerWrapper: Element | undefined;
  /** How deep the markup nested where it was deeper than `MAX_DEPTH` (and so was read flattened there). */
  nestedDepth?: number;
}

/**
 * Elements nested deeper than this are read as Chromium's HTML parser reads them (it stops
 * nesting at 512 and puts what comes deeper side by side there). The libraries that select
 * elements (domutils, css-select) take time in proportion to the depth for every element, so a
 * 200,000-deep document made every query of the check quadratic.
 */
export const MAX_DEPTH = 512;

/** Puts everything below depth `MAX_DEPTH` side by side under the element at that depth, in document order; returns the depth found. */
function flattenDeepNesting(root: Document): number | undefined {
  let deepest = 0;
  const caps: Element[] = [];
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (!('children' in node)) continue;
    if (depth === MAX_DEPTH && isElement(node) && node.children.some(isElement)) {
      caps.push(node);
      continue;
    }
    for (const child of (node as ParentNode).children) stack.push([child, depth + 1]);
  }
  if (!caps.length) return undefined;
  for (const cap of caps) {
    const flat: AnyNode[] = [];
    walk(cap, (node) => {
      if (node !== cap) flat.push(node);
    });
    for (const node of flat) {
      if ('children' in node) {
        deepest = Math.max(deepest, MAX_DEPTH + 1);
        (node as ParentNode).children = [];
      }
      node.parent = cap;
    }
    flat.forEach((node, i) => {
      node.prev = flat[i - 1] ?? null;
      node.next = flat[i + 1] ?? null;
    });
    cap.children = flat as Element['children'];
  }
  return deepest;
}

const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
/** The open element a start tag closes first (htmlparser2 closes these implicitly). */
const CLOSES: Record<string, ReadonlySet<string>> = {
  p: new Set(['p']),
  li: new Set(['li']),
  dd: new Set(['dd', 'dt']),
  dt: new Set(['dd', 'dt']),
  option: new Set(['option']),
  td: new Set(['td', 'th']),
  th: new Set(['td', 'th']),
  tr: new Set(['tr', 'td', 'th']),
};

/** More elements open at once than this, and the markup is not parsed: see `nestingExceeds`. */
export const MAX_PARSE_DEPTH = 4096;

/**
 * Whether the markup opens more than `limit` elements at once, measured by one linear scan of
 * the tags (comments, raw text and void elements skipped; the implicit closes of `p`, `li`, `td`
 * and the like followed). htmlparser2 keeps its open elements with `Array.unshift`, so parsing
 * costs time in proportion to the depth for every tag: 1 MB of nested `<div>`s took 100 s.
 */
export function nestingExceeds(html: string, limit: number): boolean {
  const open: string[] = [];
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? -1 : html.indexOf('<', end + 3);
      continue;
    }
    const closing = html[i + 1] === '/';
    let j = i + (closing ? 2 : 1);
    const start = j;
    while (j < html.length && /[A-Za-z0-9:-]/.test(html[j]!)) j++;
    const name = html.slice(start, j).toLowerCase();
    const end = html.indexOf('>', j);
    if (end === -1) break;
    if (name && /^[a-z]/.test(name)) {
      if (closing) {
        // Pop to the matching element if it is near the top; a stray end tag closes nothing.
        for (let at = open.length - 1; at >= 0 && at >= open.length - 32; at--) {
          if (open[at] === name) {
            open.length = at;
            break;
          }
        }
      } else if (!VOID.has(name)) {
        const closes = CLOSES[name];
        while (closes && open.length && closes.has(open[open.length - 1]!)) open.pop();
        if (RAW_TEXT.has(name)) {
          const closeTag = new RegExp(`</${name}`, 'gi');
          closeTag.lastIndex = end;
          const close = closeTag.exec(html);
          if (!close) break;
          i = close.index;
          continue;
        }
        open.push(name);
        if (open.length > limit) return true;
      }
    }
    i = html.indexOf('<', end + 1);
  }
  return false;
}

/** The markup cannot be read within the check's limits; checkEmail reports it as a finding. */
export class UnreadableEmailError extends Error {
  override name = 'UnreadableEmailError';
}

export function parseEmail(html: string): EmailDocument {
  if (nestingExceeds(html, MAX_PARSE_DEPTH)) {
    throw new UnreadableEmailError(`elements nest more than ${MAX_PARSE_DEPTH.toLocaleString('en')} deep (no email does; browsers stop nesting at 512)`);
  }
  // htmlparser2 (not parse5): some 20× faster, bundles without Node built-ins, and builds the same tree as caniemail.
  const $ = load(html, { xml: { xmlMode: false, withStartIndices: true, withEndIndices: true } });
  const root = $.root().get(0) as Document;
  let htmlparser2Root: Document | undefined = root;
  if ($('body').length === 0) {
    wrapInBody(root);
    htmlparser2Root = undefined; // client support judges the HTML as written, without the added <body>
  }
  const nestedDepth = flattenDeepNesting(root);
  const body = $('body').get(0);
  const styles = $('style')
    .toArray()
    .map((element) => {
      const css = $(element).text();
      return { element, css, inHead: $(element).closest('head').length > 0, sheet: parseStylesheet(css) };
    });
  const conditionalComments: ConditionalComment[] = [];
  walk($.root().get(0) as AnyNode, (node) => {
    if (node.type === 'comment') {
      const match = conditionalCommentOf(node.data);
      if (match) conditionalComments.push({ node, ...match });
    }
  });

  const bodyElements = body ? body.children.filter(isElement) : [];
  const first = bodyElements[0];
  const preheader = first && hidesItself(first) ? first : undefined;
  const outerWrapper = bodyElements.find(
    (element) => element !== preheader && (element.name === 'table' || $(element).find('table').length > 0),
  );
  return { html, $, htmlparser2Root, body, styles, conditionalComments, preheader, outerWrapper, ...(nestedDepth === undefined ? {} : { nestedDepth }) };
}

/**
 * A fragment without `<body>`: its content (inside `<html>` when there is one, after `<head>`)
 * goes into a `<body>` element, as a browser or mail client would place it, so that the rules
 * read it as an email's body.
 */
function wrapInBody(root: Document): void {
  const htmlElement = root.children.find((node): node is Element => isElement(node) && node.name === 'html');
  const parent: ParentNode = htmlElement ?? root;
  const inBody = parent.children.filter((node) => !(isElement(node) && (node.name === 'head' || node.name === 'html')) && node.type !== 'directive');
  if (inBody.length === 0 && htmlElement) return;
  const body = new Element('body', {}, inBody);
  const first = inBody[0];
  const index = first ? parent.children.indexOf(first) : parent.children.length;
  parent.children = [...parent.children.slice(0, index).filter((node) => !inBody.includes(node)), body, ...parent.children.slice(index).filter((node) => !inBody.includes(node))];
  body.parent = parent;
  for (const child of inBody) child.parent = body;
  body.prev = null;
  body.next = null;
  parent.children.forEach((node, i) => {
    node.prev = parent.children[i - 1] ?? null;
    node.next = parent.children[i + 1] ?? null;
  });
  for (const [i, child] of inBody.entries()) {
    child.prev = inBody[i - 1] ?? null;
    child.next = inBody[i + 1] ?? null;
  }
}

/**
 * `[if mso]>…<![endif]` read without a backtracking pattern: the condition up to the first `]>`,
 * the content up to a closing `<![endif]` at the very end (kept when the comment lacks one).
 */
function conditionalCommentOf(data: string): { condition: string; content: string } | undefined {
  const start = /^\s*\[if /i.exec(data);
  if (!start) return undefined;
  const close = data.indexOf(']', start[0].length);
  if (close === -1 || data[close + 1] !== '>') return undefined;
  const condition = data.slice(start[0].length, close);
  const content = data.slice(close + 2);
  const trimmed = content.trimEnd();
  return { condition, content: trimmed.toLowerCase().endsWith('<![endif]') ? trimmed.slice(0, -'<![endif]'.length) : content };
}

/**
 * Visits `root` and everything below it in document order, without recursion, so that no depth
 * of nesting overflows the stack (a thousand nested tables did). `enter` returning `false` skips
 * the node's children.
 */
export function walk(root: AnyNode, enter: (node: AnyNode) => boolean | void): void {
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (enter(node) === false || !('children' in node)) continue;
    const children = (node as ParentNode).children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/**
 * A value each element inherits from its parent unless it decides it itself (hidden, font size,
 * background): `own(element, fromParent)` gives the element's value from its parent's. Computed
 * without recursion and remembered in `cache` for every element on the way, so that asking for
 * every element of a document costs one pass however deep it nests.
 */
export function inherited<T>(element: Element, cache: Map<Element, T>, own: (element: Element, fromParent: T) => T, root: T): T {
  const path: Element[] = [];
  let value = root;
  for (let node: Element | null = element; node; node = parentElement(node)) {
    if (cache.has(node)) {
      value = cache.get(node)!;
      break;
    }
    path.push(node);
  }
  for (let i = path.length - 1; i >= 0; i--) {
    value = own(path[i]!, value);
    cache.set(path[i]!, value);
  }
  return value;
}

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function styleOf(element: Element): ReadonlyMap<string, string> {
  return parseInlineStyle(element.attribs['style']);
}

const zeroLength = /^0(?:\.0*)?(?:px|pt|em|rem|%)?$/i;

/** Whether this element's own inline style or attributes hide it from view. */
export function hidesItself(element: Element): boolean {
  if ('hidden' in element.attribs) return true;
  const style = styleOf(element);
  const display = style.get('display');
  if (display && /^none\b/i.test(display)) return true;
  const visibility = style.get('visibility');
  if (visibility && /^hidden\b/i.test(visibility)) return true;
  const opacity = style.get('opacity');
  if (opacity !== undefined && Number.parseFloat(opacity) === 0) return true;
  const maxHeight = style.get('max-height');
  if (maxHeight !== undefined && zeroLength.test(maxHeight) && /hidden/i.test(style.get('overflow') ?? '')) return true;
  return false;
}

const hiddenCache = new Map<Element, boolean>();
let hiddenCacheRoot: AnyNode | undefined;

function rootOf(node: AnyNode): AnyNode {
  let current = node;
  while (current.parent) current = current.parent as AnyNode;
  return current;
}

/** Whether this element or one of its ancestors hides it (remembered per document, so nested links cost one pass). */
export function isHidden(element: Element): boolean {
  const root = rootOf(element);
  if (root !== hiddenCacheRoot) {
    hiddenCache.clear();
    hiddenCacheRoot = root;
  }
  return inherited(element, hiddenCache, (node, fromParent) => fromParent || hidesItself(node), false);
}

export function parentElement(node: AnyNode): Element | null {
  const parent = node.parent;
  return parent && isElement(parent as AnyNode) ? (parent as Element) : null;
}

/** Ancestors of a node from the nearest outwards, the node itself first when it is an element. */
export function* ancestorsOrSelf(node: AnyNode): Generator<Element> {
  let current: AnyNode | null = isElement(node) ? node : (node.parent as AnyNode | null);
  while (current && isElement(current)) {
    yield current;
    current = current.parent as AnyNode | null;
  }
}

export function isInside(node: AnyNode, container: Element | undefined): boolean {
  if (!container) return false;
  for (let current: AnyNode | null = node; current; current = current.parent as AnyNode | null) {
    if (current === container) return true;
  }
  return false;
}

/**
 * Text below `element`, without recursion; `limit` stops collecting after so many characters or
 * elements visited (for excerpts, which show only the start).
 */
export function textOf(element: AnyNode, limit = Infinity): string {
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  walk(element, (node) => {
    if (length >= limit || ++visited > limit) return false;
    if (node.type === 'text') {
      parts.push(node.data);
      length += node.data.length;
    }
    return true;
  });
  return parts.join('');
}

/** Whitespace-collapsed text content. */
export function normalizedText(_$: CheerioAPI, element: Element, limit = Infinity): string {
  return textOf(element, limit).replace(/\s+/g, ' ').trim();
}

/**
 * What a link (or any element) holds for assistive technology: its text without hidden parts
 * (display:none etc.), and the alt text of its images. A link nested in it is left out: HTML
 * cannot nest links (a browser's parser ends the outer one there), and so no text is read twice
 * when links nest a thousand deep.
 */
function exposedContent(element: Element): { text: string; alts: string[] } {
  const parts: string[] = [];
  const alts: string[] = [];
  walk(element, (node) => {
    if (node.type === 'text') parts.push(node.data);
    if (!isElement(node)) return false;
    if (node !== element && (hidesItself(node) || node.name === 'a')) return false;
    if (node.name === 'img' && node.attribs['alt'] !== undefined) alts.push(node.attribs['alt'].trim());
    return true;
  });
  return { text: parts.join('').replace(/\s+/g, ' ').trim(), alts: alts.filter(Boolean) };
}

/** Text that assistive technology gets: hidden descendants (display:none etc.) left out. */
export function exposedText(element: Element): string {
  return exposedContent(element).text;
}

/** The name a screen reader gives a link: aria-label, else its exposed text, else its images' alt text. */
export function accessibleName(_$: CheerioAPI, element: Element): string {
  const label = element.attribs['aria-label']?.trim();
  if (label) return label;
  const { text, alts } = exposedContent(element);
  return text || alts.join(' ');
}

const EXCERPT_LENGTH = 160;

/** The element's opening tag and the start of its text, shortened: enough to find it in the HTML. */
export function excerptOf($: CheerioAPI, element: Element): string {
  const attributes = Object.entries(element.attribs)
    .map(([name, value]) => (value === '' ? name : `${name}="${value}"`))
    .join(' ');
  const tag = shorten(`<${element.name}${attributes ? ` ${attributes}` : ''}>`, EXCERPT_LENGTH * 4);
  const text = normalizedText($, element, EXCERPT_LENGTH * 4);
  return shorten(text ? `${tag}${text}` : tag);
}

export function shorten(text: string, length = EXCERPT_LENGTH): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** Text of an element with line breaks where block elements and `<br>` break lines. */
export function textWithLines(element: Element): string {
  const blocks = new Set(['p', 'div', 'tr', 'table', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'address', 'td', 'th']);
  const parts: string[] = [];
  // An explicit stack of nodes and block ends (null), so that nesting depth is no limit.
  const stack: (AnyNode | null)[] = [element];
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      parts.push('\n');
      continue;
    }
    if (node === undefined) break;
    if (node.type === 'text') {
      parts.push(node.data.replace(/\s+/g, ' '));
      continue;
    }
    if (!isElement(node)) continue;
    if (node.name === 'br') {
      parts.push('\n');
      continue;
    }
    const block = blocks.has(node.name);
    if (block) {
      parts.push('\n');
      stack.push(null);
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** Source range of a node in the HTML (end exclusive), from htmlparser2's indices or parse5's location info. */
export function sourceRange(node: AnyNode): { start: number; end: number } | undefined {
  const location = node.sourceCodeLocation;
  if (location) return { start: location.startOffset, end: location.endOffset };
  return node.startIndex !== null && node.endIndex !== null ? { start: node.startIndex, end: node.endIndex + 1 } : undefined;
}
