import { markup } from '../base/markup';
import { findForbiddenCharacter, forbiddenCharacterMessage, NewsletterPropError } from '../base/values';
import { type Attributes, readHtml, type HtmlHandler } from './html';
import { type Block, TextBuilder } from './textBuilder';
import { documentDir, rtlTextLine, type Direction } from '../base/bidi';

/**
 * How the plain-text part reads. Components decide their own text through two attributes:
 * `data-skip-in-text` (the preheader) and `data-nk-text="…"` (the block reads as exactly that,
 * e.g. "Mehr: https://…" instead of a bare "Mehr…"). Everything else is converted as written:
 * headlines keep their case (h4–h6 are set in capitals), links read "text <url>", images are
 * left out (their credit lines are text of their own), layout tables read as blocks, lists get
 * " * " or their number, quotes "> ". Only the body is read when there is one.
 *
 * The rules are html-to-text's, configured so; a test holds the two to the same output. The
 * converter is our own for speed: html-to-text parses into a DOM and matches selectors per
 * element, and took a third of a whole render; this reads the markup once as a stream.
 */
type Reading =
  | { kind: 'inline' }
  | { kind: 'skip' }
  | { kind: 'block'; leading: number; trailing: number; uppercase?: boolean; pre?: boolean; quote?: boolean; content?: string }
  | { kind: 'anchor' }
  | { kind: 'list'; ordered: boolean }
  | { kind: 'lineBreak' };

const INLINE: Reading = { kind: 'inline' };
const SKIP: Reading = { kind: 'skip' };
const block = (leading: number, trailing: number, extra: Partial<Extract<Reading, { kind: 'block' }>> = {}): Reading => ({ kind: 'block', leading, trailing, ...extra });

const readings = new Map<string, Reading>([
  ...['article', 'aside', 'div', 'footer', 'form', 'header', 'main', 'nav', 'section'].map((n) => [n, block(1, 1)] as const),
  ...['table', 'tr', 'td', 'p'].map((n) => [n, block(2, 2)] as const),
  ['h1', block(2, 1)],
  ['h2', block(3, 2)],
  ['h3', block(2, 1)],
  ...['h4', 'h5', 'h6'].map((n) => [n, block(2, 2, { uppercase: true })] as const),
  ['pre', block(2, 2, { pre: true })],
  ['hr', block(2, 2, { content: '-'.repeat(40) })],
  ['blockquote', block(2, 2, { quote: true })],
  ['a', { kind: 'anchor' }],
  ['ul', { kind: 'list', ordered: false }],
  ['ol', { kind: 'list', ordered: true }],
  ['br', { kind: 'lineBreak' }],
  ['img', SKIP],
]);

interface ListItem {
  prefix: string;
  block: Block;
}
interface ListFrame {
  depth: number;
  nested: boolean;
  next: () => string;
  items: ListItem[];
}
interface Frame {
  reading: Reading;
  /** A link's href (as the text part shows it) and the words of its text so far. */
  href?: string;
  anchorText?: string;
  list?: ListFrame;
  /** This element is a list's direct child and holds a list item of its own. */
  item?: { list: ListFrame; prefix: string };
}

/** html-to-text leaves out text in a list that JavaScript calls white space (a no-break space too). */
const WHITE_SPACE = /^\s*$/;

function letters(n: number, base: string): string {
  const digits: number[] = [];
  do {
    n -= 1;
    digits.push(n % 26);
    n = (n / 26) >> 0;
  } while (n > 0);
  return digits.reverse().map((d) => String.fromCharCode(base.charCodeAt(0) + d)).join('');
}

function roman(n: number): string {
  const ones = ['I', 'X', 'C', 'M'];
  const fives = ['V', 'L', 'D'];
  return [...String(n)]
    .map(Number)
    .reverse()
    .map((v, i) => (v % 5 < 4 ? (v < 5 ? '' : fives[i]) + ones[i]!.repeat(v % 5) : ones[i]! + (v < 5 ? fives[i] : ones[i + 1])))
    .reverse()
    .join('');
}

function listNumbering(type: string | undefined): (n: number) => string {
  switch (type) {
    case 'a':
      return (n) => letters(n, 'a');
    case 'A':
      return (n) => letters(n, 'A');
    case 'i':
      return (n) => roman(n).toLowerCase();
    case 'I':
      return roman;
    default:
      return (n) => String(n);
  }
}

/** Turns the stream of elements into text. */
class TextReader implements HtmlHandler {
  readonly builder = new TextBuilder();
  readonly #frames: Frame[] = [];
  readonly #lists: ListFrame[] = [];
  /** Element names of the open frames, parallel to `#frames`. */
  readonly #names: string[] = [];
  /** How deep inside a left-out element the reader is, and the list items those elements hold. */
  #skipDepth = 0;
  readonly #skipped: Array<Frame['item']> = [];

  open(name: string, attributes: Attributes): void {
    if (this.#skipDepth > 0) {
      this.#skipDepth++;
      return;
    }
    const item = this.#startItem(name);
    const hint = attributes.get(markup.text);
    if (hint !== undefined) {
      this.builder.openBlock(2);
      // A hint of several lines (a block's `text`) keeps its line breaks.
      hint.split('\n').forEach((line, i) => {
        if (i > 0) this.builder.lineBreak();
        this.builder.addInline(line);
      });
      this.builder.closeBlock(2);
      this.#skip(item);
      return;
    }
    const reading = attributes.has(markup.skipInText) ? SKIP : (readings.get(name) ?? INLINE);
    const frame: Frame = { reading, item };
    switch (reading.kind) {
      case 'skip':
        this.#skip(item);
        return;
      case 'block':
        this.builder.openBlock(reading.leading, reading.pre);
        if (reading.uppercase) this.builder.pushTransform((word) => word.toUpperCase());
        if (reading.content) this.builder.addInline(reading.content);
        break;
      case 'anchor': {
        let href = attributes.get('href') ?? '';
        href = href.replace(/^mailto:/, '');
        if (href && href[0] !== '#') {
          frame.href = href;
          frame.anchorText = '';
          this.builder.pushTransform((word) => {
            frame.anchorText += word;
            return word;
          });
        }
        break;
      }
      case 'list': {
        const numbering = reading.ordered ? listNumbering(attributes.get('type')) : undefined;
        let index = Number(attributes.get('start') || '1');
        const nested = this.#parentName() === 'li';
        const prefix = numbering ? () => ' ' + numbering(index++) + '. ' : () => ' * ';
        frame.list = { depth: this.#frames.length + 1, nested, next: nested ? () => prefix().trimStart() : prefix, items: [] };
        this.#lists.push(frame.list);
        break;
      }
      case 'lineBreak':
        this.builder.lineBreak();
        break;
    }
    this.#frames.push(frame);
    this.#names.push(name);
  }

  #parentName(): string | undefined {
    return this.#names.at(-1);
  }

  close(): void {
    if (this.#skipDepth > 0) {
      this.#skipDepth--;
      if (this.#skipDepth === 0) this.#endItem(this.#skipped.pop());
      return;
    }
    const frame = this.#frames.pop()!;
    this.#names.pop();
    const reading = frame.reading;
    if (reading.kind === 'block') {
      if (reading.uppercase) this.builder.popTransform();
      this.builder.closeBlock(reading.trailing, reading.quote ? quote : undefined);
    } else if (reading.kind === 'anchor' && frame.href !== undefined) {
      this.builder.popTransform();
      if (frame.href !== frame.anchorText) this.builder.addInline(frame.anchorText ? ` <${frame.href}>` : frame.href, true);
    } else if (frame.list) {
      this.#lists.pop();
      this.#finishList(frame.list);
    }
    this.#endItem(frame.item);
  }

  text(text: string): void {
    if (this.#skipDepth > 0) return;
    const list = this.#directList();
    if (list) {
      // Text right inside a list is an item of its own, unless it is only white space.
      if (WHITE_SPACE.test(text)) return;
      this.builder.openBlock(1);
      this.builder.addInline(text);
      list.items.push({ prefix: '', block: this.builder.closeBlock(1, undefined, true) });
      return;
    }
    this.builder.addInline(text);
  }

  other(): void {
    if (this.#skipDepth > 0) return;
    // A comment right inside a list is an (empty) item of its own, as in html-to-text.
    const list = this.#directList();
    if (!list) return;
    this.builder.openBlock(1);
    list.items.push({ prefix: '', block: this.builder.closeBlock(1, undefined, true) });
  }

  #skip(item: Frame['item']): void {
    this.#skipDepth = 1;
    this.#skipped.push(item);
  }

  /** The list whose direct child comes next, if any. */
  #directList(): ListFrame | undefined {
    const list = this.#lists.at(-1);
    return list && list.depth === this.#frames.length ? list : undefined;
  }

  #startItem(name: string): Frame['item'] {
    const list = this.#directList();
    if (!list) return undefined;
    const prefix = name === 'li' ? list.next() : '';
    this.builder.openBlock(1);
    return { list, prefix };
  }

  #endItem(item: Frame['item']): void {
    if (!item) return;
    item.list.items.push({ prefix: item.prefix, block: this.builder.closeBlock(1, undefined, true) });
  }

  #finishList(list: ListFrame): void {
    if (!list.items.length) return;
    const width = list.items.reduce((widest, i) => Math.max(widest, i.prefix.length), 0);
    this.builder.openBlock(list.nested ? 1 : 2);
    const target = this.builder.block;
    const indent = '\n' + ' '.repeat(width);
    for (const { prefix, block } of list.items) {
      target.add(prefix.padEnd(width) + block.text().replace(/\n/g, indent), block.leadingLineBreaks, Math.max(block.stashedLineBreaks, 1));
    }
    const text = target.text();
    const listBlock = this.builder.closeBlock(0, undefined, true);
    if (text) this.builder.block.add(text, listBlock.leadingLineBreaks, list.nested ? 1 : 2);
  }
}

function quote(text: string): string {
  return text
    .replace(/^\n+|\n+$/g, '')
    .split('\n')
    .map((line) => '> ' + line)
    .join('\n');
}

/** Any `<body` in the markup: only then can the document have a body element to read alone. */
const BODY_TAG = /<body[\s/>]/i;

function convertHtml(html: string): string {
  let reader = new TextReader();
  const bodyOnly = BODY_TAG.test(html);
  if (!readHtml(html, reader, bodyOnly) && bodyOnly) {
    // "<body" stood in a comment or an attribute: there is no body, the whole document is read.
    reader = new TextReader();
    readHtml(html, reader, false);
  }
  return reader.builder.toString();
}

/** Line width of the plain-text part. */
export const TEXT_WIDTH = 78;

/**
 * The plain-text part before line wrapping: one line per paragraph. Wrapping comes last, after
 * any per-recipient value is in place, so a value never sits in a line wrapped for something else.
 */
export function toUnwrappedText(html: string): string {
  if (typeof html !== 'string') {
    throw new NewsletterPropError('toPlainText', [{ prop: 'html', message: `must be a string of HTML, got ${typeof html}` }]);
  }
  refuseForbidden(html, 'the HTML');
  const text = convertHtml(html);
  refuseForbidden(text, 'the plain-text part');
  return text
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .concat('\n');
}

/**
 * Wraps one line at spaces to `TEXT_WIDTH`, the way html-to-text does: greedy, a word longer
 * than the width (a URL) stands alone on its line and is never split. The line in progress is
 * always one stretch of the input, so it is kept as two indices rather than built word by word.
 */
export function wrapLine(line: string, dir: Direction = 'ltr'): string {
  if (dir === 'rtl') return wrapLine(line).split('\n').map(rtlTextLine).join('\n');
  if (line.length <= TEXT_WIDTH) return line;
  let out = '';
  let start = 0;
  let end = 0;
  for (let at = 0; ; ) {
    const space = line.indexOf(' ', at);
    const wordEnd = space < 0 ? line.length : space;
    if (end === start) {
      start = at;
      end = wordEnd;
    } else if (end - start + 1 + (wordEnd - at) <= TEXT_WIDTH) {
      end = wordEnd;
    } else {
      out += line.slice(start, end) + '\n';
      start = at;
      end = wordEnd;
    }
    if (space < 0) break;
    at = space + 1;
  }
  return out + line.slice(start, end);
}

/**
 * Wraps every line of unwrapped text; in a right-to-left email (`dir`) each line is then set to
 * read right to left (`rtlTextLine`).
 */
export function wrapText(text: string, dir: Direction = 'ltr'): string {
  return text
    .split('\n')
    .map((line) => wrapLine(line, dir))
    .join('\n');
}

export function toPlainText(html: string): string {
  return wrapText(toUnwrappedText(html), documentDir(html));
}

/** Control characters and bidi overrides are refused (they come from unvalidated children), never passed on or dropped. */
function refuseForbidden(value: string, what: string): void {
  const found = findForbiddenCharacter(value);
  if (!found) return;
  const around = JSON.stringify(value.slice(Math.max(0, found.index - 30), found.index + 30));
  throw new NewsletterPropError('toPlainText', [
    { prop: '', message: `${what} ${forbiddenCharacterMessage(found)}; near ${around}. Remove it from the text where it comes from.` },
  ]);
}
