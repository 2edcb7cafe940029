import { parse, type CssAtRuleAST, type CssDeclarationAST, type CssStylesheetAST } from '@adobe/css-tools';
import { isPlainRule, readPlainRule, span, type Locate } from './plain-rule';
import { TextCache } from './text-cache';

/**
 * CSS is read with the parser caniemail uses (@adobe/css-tools), so that both see the same rules.
 * That parser was not built for hostile input: it recurses into every `(` (20,000 of them
 * overflow the stack), gives up after 10,000 escapes ("Too many escaping"), and searches the rest
 * of the stylesheet for each rule, so that 64 KB of `@media` rules took 6 s. So it is given
 * bounded pieces: a linear scan first measures the nesting and finds where the top-level rules
 * end; a plain rule (`isPlainRule`) is read on its own, by `readPlainRule` (css-tools' nodes in
 * one pass, see `plain-rule.ts`); other rules are parsed a kilobyte at a time (a big `@media`
 * block's inner rules likewise), and positions shifted back to the whole text. CSS nested deeper
 * than 32 brackets, or a single rule over 16 KB, is not parsed at all: `problem` says why, and the
 * `check-readable` rule reports it.
 */
export interface CssReading {
  sheet: CssStylesheetAST;
  problem?: string;
}

const MAX_DEPTH = 32;
const MAX_RULE = 16 * 1024;
const CHUNK = 1024;
interface Piece {
  start: number;
  end: number;
  /** Index of the piece's first `{` outside strings and comments, if any. */
  open: number;
}

/** Top-level pieces of `css` (rules, at-rules, statements) and the deepest bracket nesting, in one pass. */
function scan(css: string): { pieces: Piece[]; depth: number } {
  const pieces: Piece[] = [];
  let depth = 0;
  let deepest = 0;
  let start = 0;
  let open = -1;
  for (let i = 0; i < css.length; i++) {
    const char = css[i];
    if (char === '\\') {
      i++;
    } else if (char === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end === -1 ? css.length : end + 1;
    } else if (char === '"' || char === "'") {
      for (i++; i < css.length && css[i] !== char && css[i] !== '\n'; i++) if (css[i] === '\\') i++;
    } else if (char === '(' || char === '[' || char === '{') {
      if (char === '{' && depth === 0 && open === -1) open = i;
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (char === ')' || char === ']' || char === '}') {
      if (depth > 0) depth--;
      if (char === '}' && depth === 0) {
        pieces.push({ start, end: i + 1, open });
        start = i + 1;
        open = -1;
      }
    } else if (char === ';' && depth === 0) {
      pieces.push({ start, end: i + 1, open });
      start = i + 1;
      open = -1;
    }
  }
  if (start < css.length) pieces.push({ start, end: css.length, open });
  return { pieces, depth: deepest };
}

type Positioned = { position?: { start?: { line?: number; column?: number }; end?: { line?: number; column?: number } } };

/** Line and column (1-based, `\n` counted, as css-tools counts) of an offset, from a precomputed list of line starts. */
function lineStarts(css: string): number[] {
  const starts = [0];
  for (let index = css.indexOf('\n'); index !== -1; index = css.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function locate(starts: number[], offset: number): { line: number; column: number } {
  let [low, high] = [0, starts.length - 1];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/** Moves the positions of nodes parsed from a piece starting at `at` to where they stand in the whole text. */
function shift(nodes: readonly unknown[], at: { line: number; column: number }): void {
  if (at.line === 1 && at.column === 1) return;
  const stack = [...nodes];
  while (stack.length) {
    const node = stack.pop() as Positioned & { rules?: unknown[]; declarations?: unknown[]; keyframes?: unknown[] };
    for (const point of [node.position?.start, node.position?.end]) {
      if (point?.line === undefined || point.column === undefined) continue;
      if (point.line === 1) point.column += at.column - 1;
      point.line += at.line - 1;
    }
    for (const children of [node.rules, node.declarations, node.keyframes]) if (Array.isArray(children)) stack.push(...children);
  }
}

/**
 * css-tools in silent mode. Its parsing errors are not kept (`parsingErrors` stays empty): no rule
 * reads them; a broken rule shows in the rules as css-tools reads them. Each such error is an
 * `Error`, whose stack trace cost more than the parse itself on a megabyte of broken rules, so
 * none is recorded while css-tools runs (synchronously; the limit is restored right after).
 */
function parseQuietly(css: string): CssStylesheetAST {
  const limit = Error.stackTraceLimit;
  let lowered = false;
  try {
    Error.stackTraceLimit = 0;
    lowered = true;
  } catch {
    // A locked-down realm (SES) may freeze it: the parse is then slower, not different.
  }
  try {
    return parse(css, { silent: true });
  } finally {
    if (lowered) Error.stackTraceLimit = limit;
  }
}

// css-tools' pattern for `@media` (sticky, after the whitespace it skips first).
const MEDIA = /\s*@media *([^{]+)/y;

/**
 * A piece that is an `@media` block css-tools reads as such: its pattern takes the query up to the
 * block's `{` (no string, comment or escape in the query, whose `{` would end it elsewhere), and
 * the block closes at the piece's end.
 */
function mediaBlock(css: string, piece: Piece): { at: number; query: string } | undefined {
  if (piece.open === -1 || css[piece.end - 1] !== '}') return undefined;
  MEDIA.lastIndex = piece.start;
  const match = MEDIA.exec(css);
  if (!match || MEDIA.lastIndex !== piece.open || /["'\\]|\/\*/.test(match[1]!)) return undefined;
  return { at: css.indexOf('@', piece.start), query: match[1]!.trim() };
}

/** Parses `css` (a stylesheet, or the inside of an at-rule block) piece by piece; `offset` is where it starts in the whole text, which `at` locates in. */
function parsePieces(css: string, offset: number, at: Locate): CssAtRuleAST[] {
  const rules: CssAtRuleAST[] = [];
  const parseAt = (from: number, to: number): CssAtRuleAST[] => {
    const sheet = parseQuietly(css.slice(from, to));
    shift(sheet.stylesheet.rules, at(offset + from));
    return sheet.stylesheet.rules;
  };
  const { pieces } = scan(css);
  let chunkStart = 0;
  let chunkEnd = 0;
  // The pieces of the group being gathered, and whether all of them are plain rules.
  let group: Piece[] = [];
  let plain = true;
  /**
   * Plain rules (see `isPlainRule`) are read one at a time, by `readPlainRule` (the nodes css-tools
   * gives, in one pass), else by css-tools. Apart from its neighbours, a rule broken inside (such
   * as `a{b c}`) ends at its own `}`, as in a browser; in one input, css-tools would read on into
   * the next rule's selector.
   */
  const readPlain = (plainPieces: readonly Piece[]): void => {
    for (const piece of plainPieces) {
      if (!readPlainRule(css, piece.start, piece.open, piece.end, at, offset, rules)) rules.push(...parseAt(piece.start, piece.end));
    }
  };
  const flush = () => {
    if (chunkEnd > chunkStart) {
      if (plain) readPlain(group);
      else rules.push(...parseAt(chunkStart, chunkEnd));
    }
    chunkStart = chunkEnd;
    group = [];
    plain = true;
  };
  for (const piece of pieces) {
    const media = mediaBlock(css, piece);
    if (media) {
      // Read as css-tools reads it: the query, then the rules inside, piece by piece.
      flush();
      const inner = parsePieces(css.slice(piece.open + 1, piece.end - 1), offset + piece.open + 1, at);
      const position = span(at, offset + media.at, offset + piece.end);
      rules.push({ type: 'media', media: media.query, rules: inner, position } as CssAtRuleAST);
      chunkStart = chunkEnd = piece.end;
      continue;
    }
    if (piece.end - piece.start <= CHUNK) {
      if (piece.end - chunkStart > CHUNK) flush();
      chunkEnd = piece.end;
      group.push(piece);
      plain &&= isPlainRule(css, piece.start, piece.open, piece.end);
      continue;
    }
    flush();
    const block = piece.open === -1 ? undefined : css.slice(piece.start, piece.open).trimStart();
    if (block?.startsWith('@')) {
      // A big at-rule block: the at-rule from its prelude, its inner rules piece by piece.
      const head = parseQuietly(`${css.slice(piece.start, piece.open)}{}`).stylesheet.rules.find((rule) => rule.type !== 'comment');
      if (head && 'rules' in head && Array.isArray(head.rules)) {
        shift([head], at(offset + piece.start));
        const end = (head as Positioned).position?.end;
        if (end) Object.assign(end, at(offset + piece.end));
        const inner = css.slice(piece.open + 1, css[piece.end - 1] === '}' ? piece.end - 1 : piece.end);
        (head as { rules: CssAtRuleAST[] }).rules = parsePieces(inner, offset + piece.open + 1, at);
        rules.push(head);
        chunkStart = chunkEnd = piece.end;
        continue;
      }
    }
    if (piece.end - piece.start > MAX_RULE) throw new CssTooLarge(piece.end - piece.start);
    if (isPlainRule(css, piece.start, piece.open, piece.end)) readPlain([piece]);
    else rules.push(...parseAt(piece.start, piece.end));
    chunkStart = chunkEnd = piece.end;
  }
  flush();
  return rules;
}

class CssTooLarge extends Error {
  constructor(readonly size: number) {
    super(`a single rule of ${size.toLocaleString('en')} characters (the check reads rules of up to ${MAX_RULE.toLocaleString('en')})`);
  }
}

const emptySheet = (): CssStylesheetAST => ({ type: 'stylesheet' as CssStylesheetAST['type'], stylesheet: { rules: [], parsingErrors: [] } });

/** Readings kept for the readers of one check and for the next email with the same `<style>` (see `TextCache`). */
const KEEP_CHARACTERS = 256 * 1024;

const readings = new TextCache<CssReading>(KEEP_CHARACTERS);

/** A stylesheet read as described above; the same text is read once (the rules and client support share it). */
export function readStylesheet(css: string): CssReading {
  const known = readings.get(css);
  if (known) return known;
  let reading: CssReading;
  const { depth } = scan(css);
  if (depth > MAX_DEPTH) {
    reading = { sheet: emptySheet(), problem: `brackets nested ${depth} deep (the check reads up to ${MAX_DEPTH}; mail clients' CSS parsers give up too)` };
  } else {
    try {
      const starts = lineStarts(css);
      const rules = parsePieces(css, 0, (index) => locate(starts, index));
      reading = { sheet: { type: 'stylesheet' as CssStylesheetAST['type'], stylesheet: { rules, parsingErrors: [] } } };
    } catch (error) {
      reading = { sheet: emptySheet(), problem: error instanceof CssTooLarge ? error.message : `the CSS parser failed: ${(error as Error).message}` };
    }
  }
  readings.set(css, reading);
  return reading;
}

/** The parsed stylesheet (see `readStylesheet`); empty when it cannot be read. */
export function parseStylesheet(css: string): CssStylesheetAST {
  return readStylesheet(css).sheet;
}

/** Why a `style` attribute cannot be read, or undefined. */
export function inlineStyleProblem(style: string | undefined): string | undefined {
  return style ? readStylesheet(`x{${style}}`).problem : undefined;
}

const inlineCache = new TextCache<ReadonlyMap<string, string>>(KEEP_CHARACTERS);

/** Declarations of a `style` attribute, property names lower-cased; later declarations win. */
const NO_DECLARATIONS: ReadonlyMap<string, string> = new Map();

export function parseInlineStyle(style: string | undefined): ReadonlyMap<string, string> {
  if (!style) return NO_DECLARATIONS;
  const cached = inlineCache.get(style);
  if (cached) return cached;
  const declarations = new Map<string, string>();
  for (const node of parseStylesheet(`x{${style}}`).stylesheet.rules) {
    if (node.type !== 'rule') continue;
    for (const declaration of node.declarations) {
      if (declaration.type !== 'declaration') continue;
      declarations.set(declaration.property.toLowerCase(), declaration.value.replace(/\s*!important\s*$/i, '').trim());
    }
  }
  inlineCache.set(style, declarations);
  return declarations;
}

/** A style rule together with the at-rules it sits in (outermost first). */
export interface ScopedRule {
  selectors: string[];
  declarations: CssDeclarationAST[];
  atRules: string[];
}

export interface AtRuleNesting {
  outer: string;
  inner: string;
}

function describeAtRule(node: CssAtRuleAST): string | undefined {
  switch (node.type) {
    case 'media':
      return `@media ${node.media}`;
    case 'supports':
      return `@supports ${node.supports}`;
    case 'container':
      return `@container ${node.container}`;
    case 'document':
      return `@document ${node.document}`;
    case 'layer':
      return `@layer ${node.layer}`;
    case 'scope':
      return `@scope ${node.scope}`;
    case 'host':
      return '@host';
    case 'starting-style':
      return '@starting-style';
    case 'at-rule':
      return `@${node.name} ${node.prelude}`;
    case 'font-face':
      return '@font-face';
    case 'keyframes':
      return `@keyframes ${node.name}`;
    case 'page':
      return '@page';
    case 'import':
      return `@import ${node.import}`;
    default:
      return undefined;
  }
}

function childRules(node: CssAtRuleAST): CssAtRuleAST[] {
  if ('rules' in node && Array.isArray(node.rules)) {
    return node.rules.filter((child): child is CssAtRuleAST => child.type !== 'declaration');
  }
  return [];
}

export interface StylesheetWalk {
  readonly rules: readonly ScopedRule[];
  readonly nested: readonly AtRuleNesting[];
}

const walks = new WeakMap<CssStylesheetAST, StylesheetWalk>();

/** Every style rule with its at-rule context, and every at-rule that sits inside another; worked out once per stylesheet. */
export function walkStylesheet(sheet: CssStylesheetAST): StylesheetWalk {
  let known = walks.get(sheet);
  if (!known) walks.set(sheet, (known = walkRules(sheet)));
  return known;
}

function walkRules(sheet: CssStylesheetAST): StylesheetWalk {
  const rules: ScopedRule[] = [];
  const nested: AtRuleNesting[] = [];
  // Recursion over at-rules is bounded: a stylesheet nested deeper than 32 brackets is not parsed.
  const visit = (nodes: CssAtRuleAST[], atRules: string[]): void => {
    for (const node of nodes) {
      if (node.type === 'rule') {
        rules.push({
          selectors: node.selectors,
          // The rule's own list when it holds declarations only (as nearly every rule does): no copy per rule.
          declarations: node.declarations.every((d) => d.type === 'declaration') ? (node.declarations as CssDeclarationAST[]) : node.declarations.filter((d): d is CssDeclarationAST => d.type === 'declaration'),
          atRules,
        });
        continue;
      }
      const description = describeAtRule(node);
      if (description === undefined) continue;
      const outer = atRules[atRules.length - 1];
      if (outer !== undefined) nested.push({ outer, inner: description });
      visit(childRules(node), [...atRules, description]);
    }
  };
  visit(sheet.stylesheet.rules, []);
  return { rules, nested };
}

const classNames = new TextCache<readonly string[]>(KEEP_CHARACTERS);

/** Class names a selector mentions, as written (escapes kept). Strings and attribute selectors are skipped. */
export function classNamesInSelector(selector: string): readonly string[] {
  const known = classNames.get(selector);
  if (known) return known;
  const withoutStrings = selector.replace(/\[[^\]]*\]/g, '[]').replace(/(["'])(?:\\.|(?!\1).)*\1/g, '""');
  const names = [...withoutStrings.matchAll(/\.((?:\\.|[\w-]|[^\x00-\x7f])+)/g)].map((match) => match[1] ?? '');
  // Two rules read every selector; a stylesheet repeats its selectors (each `<style>` of an email alike).
  classNames.set(selector, names);
  return names;
}
