import { decodeHTML, decodeHTMLAttribute } from 'entities';

/**
 * A streaming reader of HTML for the plain-text part: elements open and close in balanced
 * pairs, text arrives entity-decoded. It follows the tree rules of htmlparser2 (the parser
 * behind html-to-text): the same void elements, the same implied closes (`<p>` before a block,
 * `<li>` before `<li>`, table cells), `/>` honoured only inside SVG and MathML, `<script>` and
 * `<style>` read as raw text and left out, a stray `</p>` read as an empty paragraph. A test runs
 * both over the same documents and compares the text they give.
 *
 * It is a regular-expression scanner rather than htmlparser2 itself because htmlparser2 alone
 * (no DOM, no formatting) takes about ten times as long on an issue: a third of a whole render.
 */
export interface HtmlHandler {
  open(name: string, attributes: Attributes): void;
  close(name: string): void;
  text(text: string): void;
  /** A comment, a declaration or a processing instruction: no text, but a node of the tree. */
  other(): void;
}

/** An element's attributes, read only when asked for (most elements are never asked). */
export class Attributes {
  #parsed: Map<string, string> | undefined;
  constructor(readonly raw: string) {}

  /** Whether the attribute can be there at all: a cheap test that spares parsing most elements. */
  #mayHave(name: string): boolean {
    let test = NAME_TESTS.get(name);
    if (!test) NAME_TESTS.set(name, (test = new RegExp(name.replace(/[^\w]/g, '\\$&'), 'i')));
    return test.test(this.raw);
  }

  has(name: string): boolean {
    return this.#mayHave(name) && this.all().has(name);
  }

  get(name: string): string | undefined {
    return this.#mayHave(name) ? this.all().get(name) : undefined;
  }

  all(): Map<string, string> {
    if (this.#parsed) return this.#parsed;
    const parsed = new Map<string, string>();
    for (const [, name, double, single, bare] of this.raw.matchAll(ATTRIBUTE)) {
      const key = name!.toLowerCase();
      // The first of two same-named attributes counts, as in htmlparser2 and browsers.
      if (parsed.has(key)) continue;
      const value = double ?? single ?? bare ?? '';
      parsed.set(key, value.includes('&') ? decodeHTMLAttribute(value) : value);
    }
    return (this.#parsed = parsed);
  }
}

const NAME_TESTS = new Map<string, RegExp>();
const ATTRIBUTE = /([^\s"'<>/=][^\s"'<>/=]*)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]+)))?/g;

/**
 * One token: a comment, a declaration (`<!DOCTYPE …>`), a processing instruction, an end tag, a
 * start tag with its attributes (quoted values may hold `>`), a tag cut off by the end of the
 * document (dropped), or text up to the next `<`. A `<` that starts none of these is text.
 */
const TOKEN = /<!--(?:>|->|[\s\S]*?-->)|<!--[\s\S]*$|<[!?][^>]*(?:>|$)|<\/\s*([a-zA-Z][^\s/>]*)[^>]*(?:>|$)|<\/(?!\s*>)[^>]*(?:>|$)|<([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<[a-zA-Z][^>]*$|[^<]+|</y;

const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is raw text up to their end tag (entities decoded in `<title>` only); `<script>` and `<style>` are not read. */
const RAW_TEXT = new Map(['script', 'style', 'title', 'textarea', 'xmp'].map((name) => [name, new RegExp(`</${name}[\\s/>]`, 'i')]));
const UNREAD = new Set(['script', 'style']);
const FOREIGN = new Set(['math', 'svg']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const DD_DT = new Set(['dd', 'dt']);
const RT_RP = new Set(['rt', 'rp']);
const SECTIONS = new Set(['thead', 'tbody']);
/** Opening the key closes open elements of the value's names, top of the stack first. */
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((n) => [n, FORM] as const),
  ...['dd', 'dt'].map((n) => [n, DD_DT] as const),
  ...['rt', 'rp'].map((n) => [n, RT_RP] as const),
  ...['tbody', 'tfoot'].map((n) => [n, SECTIONS] as const),
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((n) => [n, P] as const),
]);

const NO_ATTRIBUTES = new Attributes('');

/**
 * Reads `html` and calls the handler for every element and text, in document order. With
 * `bodyOnly`, only what is inside `<body>` elements reaches it (as html-to-text reads only the
 * body when there is one); the result says whether a body was found.
 */
export function readHtml(html: string, handler: HtmlHandler, bodyOnly: boolean): boolean {
  const stack: string[] = [];
  const foreign: boolean[] = [];
  let bodyDepth = 0;
  let foundBody = false;
  const reached = () => !bodyOnly || bodyDepth > 0;

  const close = (name: string) => {
    if (name === 'body' && bodyDepth > 0) {
      if (bodyDepth === 1 && reached()) handler.close(name);
      bodyDepth--;
      return;
    }
    if (reached() && !UNREAD.has(name)) handler.close(name);
  };
  const open = (name: string, attributes: Attributes) => {
    const implied = OPEN_IMPLIES_CLOSE.get(name);
    if (implied) while (stack.length && implied.has(stack[stack.length - 1]!)) close(stack.pop()!);
    if (name === 'body') {
      foundBody = true;
      bodyDepth++;
    }
    if (reached() && !UNREAD.has(name)) handler.open(name, attributes);
    if (VOID.has(name)) {
      close(name);
      return false;
    }
    stack.push(name);
    if (FOREIGN.has(name)) foreign.push(true);
    else if (INTEGRATION.has(name)) foreign.push(false);
    return true;
  };
  const closeTo = (name: string) => {
    if (FOREIGN.has(name) || INTEGRATION.has(name)) foreign.pop();
    if (VOID.has(name)) {
      if (name === 'br') {
        // `</br>` reads as a line break.
        if (reached()) handler.open('br', NO_ATTRIBUTES);
        close('br');
      }
      return;
    }
    const at = stack.lastIndexOf(name);
    if (at >= 0) {
      while (stack.length > at) close(stack.pop()!);
    } else if (name === 'p') {
      // A `</p>` without its start reads as an empty paragraph.
      open('p', NO_ATTRIBUTES);
      close(stack.pop()!);
    }
  };

  // Text up to the next tag or comment is one run, even where a stray "<" split it into tokens.
  let pending = '';
  const flush = () => {
    if (pending && reached()) handler.text(pending.includes('&') ? decodeHTML(pending) : pending);
    pending = '';
  };

  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m !== null; m = TOKEN.exec(html)) {
    const token = m[0];
    if (token.charCodeAt(0) !== 60 /* < */ || token === '<') {
      pending += token;
      continue;
    }
    const [, endName, startName, rawAttributes, selfClosing] = m;
    if (endName !== undefined) {
      const name = endName.toLowerCase();
      // An end tag that closes nothing leaves no trace: the text around it stays one run.
      if (name === 'br' || name === 'p' || (!VOID.has(name) && stack.includes(name))) flush();
      closeTo(name);
      continue;
    }
    flush();
    if (startName === undefined) {
      if (reached()) handler.other();
      continue;
    }
    const name = startName.toLowerCase();
    const opened = open(name, rawAttributes ? new Attributes(rawAttributes) : NO_ATTRIBUTES);
    if (!opened) continue;
    if (selfClosing && foreign[foreign.length - 1]) {
      closeTo(name);
      continue;
    }
    const rawTextEnd = RAW_TEXT.get(name);
    if (rawTextEnd) {
      // Raw text runs to the element's own end tag (any case), or to the end of the document.
      const end = html.slice(TOKEN.lastIndex).search(rawTextEnd);
      const stop = end < 0 ? html.length : TOKEN.lastIndex + end;
      const content = html.slice(TOKEN.lastIndex, stop);
      if (content && !UNREAD.has(name) && reached()) {
        handler.text(name === 'title' && content.includes('&') ? decodeHTML(content) : content);
      }
      TOKEN.lastIndex = stop;
    }
  }
  flush();
  while (stack.length) close(stack.pop()!);
  return foundBody;
}
