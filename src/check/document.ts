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

/**
 * The elements of a parsed email, gathered in one walk in document order: what a rule would
 * otherwise select with a query of its own. Each query walked the whole tree (css-select tests
 * every element against the selector), and some thirty of them per email made the check cost
 * seconds on a megabyte of paragraphs.
 */
export class ElementIndex {
  /** Every element, in document order. */
  readonly all: Element[] = [];
  /** The elements below a `<body>` element (what `body *` selects), in document order. */
  readonly inBody: Element[] = [];
  /** Every comment, in document order. */
  readonly comments: Comment[] = [];
  #named: Map<string, readonly Element[]> | undefined;
  #namedInBody: Map<string, readonly Element[]> | undefined;
  /** Whether an element at depth `MAX_DEPTH` has elements below it (see `flattenDeepNesting`). */
  readonly nestsTooDeep: boolean = false;

  constructor(root: AnyNode) {
    // Explicit stacks side by side: the nodes, their depths, and whether a <body> lies above each.
    const nodes: AnyNode[] = [root];
    const depths: number[] = [0];
    const belowBodies: boolean[] = [false];
    while (nodes.length) {
      const node = nodes.pop()!;
      const depth = depths.pop()!;
      const belowBody = belowBodies.pop()!;
      if (node.type === 'comment') this.comments.push(node);
      if (!('children' in node)) continue;
      let childrenBelowBody = belowBody;
      if (isElement(node)) {
        this.all.push(node);
        if (belowBody) this.inBody.push(node);
        childrenBelowBody ||= node.name === 'body';
        if (depth === MAX_DEPTH && node.children.some(isElement)) this.nestsTooDeep = true;
      }
      const children = node.children;
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i]!;
        if (child.type === 'text') continue; // nothing to index, nothing below
        nodes.push(child);
        depths.push(depth + 1);
        belowBodies.push(childrenBelowBody);
      }
    }
  }

  /** Elements with this tag name (`$('img')`), in document order; all names sorted out in one pass, when first asked for. */
  named(name: string): readonly Element[] {
    this.#named ??= byName(this.all);
    return this.#named.get(name) ?? NONE;
  }

  /** Elements with this tag name below a `<body>` (`$('body img')`), in document order. */
  namedInBody(name: string): readonly Element[] {
    this.#namedInBody ??= byName(this.inBody);
    return this.#namedInBody.get(name) ?? NONE;
  }
}

const NONE: readonly Element[] = [];

function byName(elements: readonly Element[]): Map<string, Element[]> {
  const named = new Map<string, Element[]>();
  for (const element of elements) {
    const list = named.get(element.name);
    if (list) list.push(element);
    else named.set(element.name, [element]);
  }
  return named;
}

/** The parsed email that every rule reads; built once per `checkEmail` call. */
export interface EmailDocument {
  html: string;
  /** For what only a selector can say (the selectors of a stylesheet's rules); the rules' own lookups use `elements`. */
  $: CheerioAPI;
  elements: ElementIndex;
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
  // Two stacks side by side, nodes and their depths: no pair allocated per node.
  const nodes: AnyNode[] = [root];
  const depths: number[] = [0];
  while (nodes.length) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (depth > deepest) deepest = depth;
    if (!('children' in node)) continue;
    if (depth === MAX_DEPTH && isElement(node) && node.children.some(isElement)) {
      caps.push(node);
      continue;
    }
    for (const child of (node as ParentNode).children) {
      nodes.push(child);
      depths.push(depth + 1);
    }
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
    while (j < html.length && isTagNameChar(html.charCodeAt(j))) j++;
    const name = html.slice(start, j).toLowerCase();
    const end = html.indexOf('>', j);
    if (end === -1) break;
    const first = name.charCodeAt(0);
    if (first >= 97 && first <= 122) {
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

/** `[A-Za-z0-9:-]`, by character code: this runs for every character of every tag name. */
function isTagNameChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 58) || code === 45;
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
  if (!contains(root, (node) => node.name === 'body')) {
    wrapInBody(root);
    htmlparser2Root = undefined; // client support judges the HTML as written, without the added <body>
  }
  // The index walk also finds whether anything nests too deep; only then is the tree flattened and walked again.
  let elements = new ElementIndex(root);
  const nestedDepth = elements.nestsTooDeep ? flattenDeepNesting(root) : undefined;
  if (nestedDepth !== undefined) elements = new ElementIndex(root);
  const body = elements.named('body')[0];
  const styles = elements.named('style').map((element) => {
    const css = textOf(element);
    return { element, css, inHead: closest(element, 'head') !== undefined, sheet: parseStylesheet(css) };
  });
  const conditionalComments: ConditionalComment[] = [];
  for (const node of elements.comments) {
    const match = conditionalCommentOf(node.data);
    if (match) conditionalComments.push({ node, ...match });
  }

  const bodyElements = body ? body.children.filter(isElement) : [];
  const first = bodyElements[0];
  const preheader = first && hidesItself(first) ? first : undefined;
  const outerWrapper = bodyElements.find((element) => element !== preheader && contains(element, (node) => node.name === 'table'));
  return { html, $, elements, htmlparser2Root, body, styles, conditionalComments, preheader, outerWrapper, ...(nestedDepth === undefined ? {} : { nestedDepth }) };
}

/** The elements below `element` (`$(element).find('*')`), in document order. */
export function elementsBelow(doc: EmailDocument, element: Element): readonly Element[] {
  if (element === doc.body && doc.elements.named('body').length === 1) return doc.elements.inBody;
  const below: Element[] = [];
  walk(element, (node) => {
    if (!isElement(node)) return false;
    if (node !== element) below.push(node);
    return true;
  });
  return below;
}

/** The text of the first `<title>` in `<head>` (`$('head > title').first().text()`), or ''. */
export function titleOf(doc: EmailDocument): string {
  const title = doc.elements.named('title').find((element) => parentElement(element)?.name === 'head');
  return title ? textOf(title) : '';
}

/** Whether `root` or an element below it passes `test`; stops at the first that does. */
export function contains(root: AnyNode, test: (element: Element) => boolean): boolean {
  let found = false;
  walk(root, (node) => {
    if (found) return false;
    if (isElement(node) && test(node)) found = true;
    return !found;
  });
  return found;
}

/** The element itself or its nearest ancestor with this tag name (`$(element).closest(name)`). */
export function closest(element: Element, name: string): Element | undefined {
  for (const node of ancestorsOrSelf(element)) if (node.name === name) return node;
  return undefined;
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
  if (cache.has(element)) return cache.get(element)!;
  // Asked in document order, the parent is mostly known already: no path to build.
  const parent = parentElement(element);
  const fromParent = parent ? cache.get(parent) : root;
  if (fromParent !== undefined || (parent && cache.has(parent))) {
    const value = own(element, fromParent as T);
    cache.set(element, value);
    return value;
  }
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
  if (!element.attribs['style']) return false;
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
  const known = exposedContents.get(element);
  if (known) return known;
  const content = readExposedContent(element);
  exposedContents.set(element, content);
  return content;
}

/** What each element exposes, kept while its parsed email lives: several link rules ask for every link's. */
const exposedContents = new WeakMap<Element, { text: string; alts: string[] }>();

function readExposedContent(element: Element): { text: string; alts: string[] } {
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

const LINE_BLOCKS = new Set(['p', 'div', 'tr', 'table', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'address', 'td', 'th']);

/**
 * Text of an element with line breaks where block elements and `<br>` break lines: each line
 * with its whitespace collapsed and trimmed, empty lines left out.
 */
export function textWithLines(element: Element): string {
  const lines: string[] = [];
  let line = '';
  const endLine = (): void => {
    const trimmed = line.trim();
    if (trimmed) lines.push(trimmed);
    line = '';
  };
  // An explicit stack of nodes and block ends (null), so that nesting depth is no limit.
  const stack: (AnyNode | null)[] = [element];
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      endLine();
      continue;
    }
    if (node === undefined) break;
    if (node.type === 'text') {
      line += node.data.replace(/\s+/g, ' ');
      continue;
    }
    if (!isElement(node)) continue;
    if (node.name === 'br') {
      endLine();
      continue;
    }
    if (LINE_BLOCKS.has(node.name)) {
      endLine();
      stack.push(null);
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  endLine();
  return lines.join('\n');
}

/** Source range of a node in the HTML (end exclusive), from htmlparser2's indices or parse5's location info. */
export function sourceRange(node: AnyNode): { start: number; end: number } | undefined {
  const location = node.sourceCodeLocation;
  if (location) return { start: location.startOffset, end: location.endOffset };
  return node.startIndex !== null && node.endIndex !== null ? { start: node.startIndex, end: node.endIndex + 1 } : undefined;
}
