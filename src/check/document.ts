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
}

export function parseEmail(html: string): EmailDocument {
  // htmlparser2 (not parse5): some 20× faster, bundles without Node built-ins, and builds the same tree as caniemail.
  const $ = load(html, { xml: { xmlMode: false, withStartIndices: true, withEndIndices: true } });
  const root = $.root().get(0) as Document;
  let htmlparser2Root: Document | undefined = root;
  if ($('body').length === 0) {
    wrapInBody(root);
    htmlparser2Root = undefined; // client support judges the HTML as written, without the added <body>
  }
  const body = $('body').get(0);
  const styles = $('style')
    .toArray()
    .map((element) => {
      const css = $(element).text();
      return { element, css, inHead: $(element).closest('head').length > 0, sheet: parseStylesheet(css) };
    });
  const conditionalComments: ConditionalComment[] = [];
  const collectComments = (node: AnyNode): void => {
    if (node.type === 'comment') {
      const match = /^\s*\[if ([^\]]*)\]>([\s\S]*?)(?:<!\[endif\]\s*)?$/i.exec(node.data);
      if (match) conditionalComments.push({ node, condition: match[1] ?? '', content: match[2] ?? '' });
    }
    if ('children' in node) for (const child of node.children) collectComments(child);
  };
  collectComments($.root().get(0) as AnyNode);

  const bodyElements = body ? body.children.filter(isElement) : [];
  const first = bodyElements[0];
  const preheader = first && hidesItself(first) ? first : undefined;
  const outerWrapper = bodyElements.find(
    (element) => element !== preheader && (element.name === 'table' || $(element).find('table').length > 0),
  );
  return { html, $, htmlparser2Root, body, styles, conditionalComments, preheader, outerWrapper };
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

/** Whether this element or one of its ancestors hides it. */
export function isHidden(element: Element): boolean {
  for (let node: Element | null = element; node; node = parentElement(node)) {
    if (hidesItself(node)) return true;
  }
  return false;
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

/** Whitespace-collapsed text content. */
export function normalizedText($: CheerioAPI, element: Element): string {
  return $(element).text().replace(/\s+/g, ' ').trim();
}

/** Text that assistive technology gets: hidden descendants (display:none etc.) left out. */
export function exposedText(element: Element): string {
  const parts: string[] = [];
  const visit = (node: AnyNode): void => {
    if (node.type === 'text') parts.push(node.data);
    else if (isElement(node) && !hidesItself(node)) node.children.forEach(visit);
  };
  element.children.forEach(visit);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The name a screen reader gives a link: aria-label, else its exposed text, else its images' alt text. */
export function accessibleName($: CheerioAPI, element: Element): string {
  const label = element.attribs['aria-label']?.trim();
  if (label) return label;
  const text = exposedText(element);
  if (text) return text;
  return $(element)
    .find('img[alt]')
    .toArray()
    .map((image) => image.attribs['alt']?.trim() ?? '')
    .filter(Boolean)
    .join(' ');
}

const EXCERPT_LENGTH = 160;

/** The element's opening tag and the start of its text, shortened: enough to find it in the HTML. */
export function excerptOf($: CheerioAPI, element: Element): string {
  const attributes = Object.entries(element.attribs)
    .map(([name, value]) => (value === '' ? name : `${name}="${value}"`))
    .join(' ');
  const tag = `<${element.name}${attributes ? ` ${attributes}` : ''}>`;
  const text = normalizedText($, element);
  return shorten(text ? `${tag}${text}` : tag);
}

export function shorten(text: string, length = EXCERPT_LENGTH): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** Text of an element with line breaks where block elements and `<br>` break lines. */
export function textWithLines(element: Element): string {
  const blocks = new Set(['p', 'div', 'tr', 'table', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'address', 'td', 'th']);
  const parts: string[] = [];
  const visit = (node: AnyNode): void => {
    if (node.type === 'text') {
      parts.push(node.data.replace(/\s+/g, ' '));
      return;
    }
    if (!isElement(node)) return;
    if (node.name === 'br') {
      parts.push('\n');
      return;
    }
    const block = blocks.has(node.name);
    if (block) parts.push('\n');
    for (const child of node.children) visit(child);
    if (block) parts.push('\n');
  };
  visit(element);
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
