import type { CssAtRuleAST, CssDeclarationAST, CssRuleAST } from '@adobe/css-tools';

/**
 * Reads one plain style rule (see `isPlainRule`) into the very nodes @adobe/css-tools gives for
 * that rule parsed on its own, with the same positions; or `undefined` where an `@` inside the rule sends css-tools down one of its own at-rule paths
 * (`@media`, `@page`, …; see `OWN_PATTERN`), which this reader does not follow: the caller then
 * gives the rule to css-tools.
 *
 * Why not css-tools for all of them: for every rule it searches the rest of its input for `(`,
 * quotes and `\` (again after every escape), then walks the whole tree, position objects included,
 * to attach `parent` links, and makes an `Error` for every broken declaration. A megabyte of small
 * rules took 0.66 s that way, a megabyte of broken ones over 3 s. This reader makes one pass over
 * the rule. It uses css-tools' own patterns for properties and whitespace, and
 * `tests/check/plain-rule.test.ts` holds it to css-tools on generated rules, broken ones
 * included. The `parent` links and parsing errors are left out: nothing in the check reads them.
 */

// css-tools' patterns, sticky instead of anchored at `^` of the remaining text.
const WHITESPACE = /\s*/y;
const OPEN = /\{\s*/y;
const PROPERTY = /(\*?[-#/*\\\w]+(\[[0-9a-z_-]+\])?)\s*/y;
const COLON = /:\s*/y;
const AFTER_DECLARATION = /[;\s]*/y;
const AT_RULE = /@([-\w]+)\s*/y;
const COMMENTS = /\/\*[^]*?(?:\*\/|$)/g;
const SPACE = /\s/;

const withoutComments = (text: string): string => (text.includes('/*') ? text.replace(COMMENTS, '') : text);

const CLOSING: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** The index of the quote that closes the string opening at `at`, skipping escapes, or -1 if the string runs past `end` or (unescaped) past a line. */
function stringEnd(css: string, at: number, end: number): number {
  const quote = css[at];
  for (let i = at + 1; i < end; i++) {
    const char = css[i];
    if (char === '\\') i++;
    else if (char === quote) return i;
    else if (char === '\n') return -1;
  }
  return -1;
}

/**
 * Whether the piece of `css` from `start` to `end` (a top-level piece, whose first `{` outside
 * strings and comments is at `open`) is one plain style rule: comments and whitespace, then
 * `selector{declarations}` with one block, no comment, every string closed on its line, every
 * bracket closed by its own kind. Such a rule ends at its `}` in every parser, so it can be read
 * apart from its neighbours; css-tools reads it to its very end and no further.
 */
export function isPlainRule(css: string, start: number, open: number, end: number): boolean {
  if (open === -1 || css[end - 1] !== '}') return false;
  let i = start;
  for (;;) {
    while (i < open && SPACE.test(css[i]!)) i++;
    if (!css.startsWith('/*', i)) break;
    const close = css.indexOf('*/', i + 2);
    if (close === -1 || close + 2 > open) return false;
    i = close + 2;
  }
  if (css[i] === '@') return false;
  const brackets: string[] = [];
  let blocks = 0;
  for (; i < end; i++) {
    const char = css[i]!;
    if (char === '\\') i++;
    else if (char === '"' || char === "'") {
      i = stringEnd(css, i, end);
      if (i === -1) return false;
    } else if (char === '/' && css[i + 1] === '*') return false;
    else if (char === '(' || char === '[' || char === '{') {
      if (char === '{' && ++blocks > 1) return false;
      brackets.push(char);
    } else if (char === ')' || char === ']' || char === '}') {
      if (brackets.pop() !== CLOSING[char]) return false;
    }
  }
  return brackets.length === 0;
}

/**
 * At-rule names that css-tools reads with a pattern of their own (`@media`, `@page`, `@layer`,
 * `@-webkit-keyframes`, the page-margin boxes, …): each takes a path of its own, sometimes
 * reading past the rule's `}`. Any other name is css-tools' generic at-rule, which this reader
 * follows.
 */
const OWN_PATTERN = /^(?:media|custom-media|supports|import|charset|namespace|page|host|font-face|font-feature-values|container|starting-style|layer|property|counter-style|scope|view-transition|position-try|top-|bottom-|left-|right-)|keyframes|document/;

type Point = { line: number; column: number };

/** Where an offset stands as css-tools counts it: lines split at `\n`, columns from 1. */
export type Locate = (offset: number) => Point;

const skip = (pattern: RegExp, css: string, at: number): number => {
  pattern.lastIndex = at;
  return pattern.test(css) ? pattern.lastIndex : at;
};

/**
 * The first of `stops` at bracket depth 0 in `css` from `at` to `end`, as css-tools' search finds
 * it: an escape skips the next character, a string is skipped whole, `(` is matched by its `)`.
 * In a plain rule every string and `(` closes, so that search ends inside the rule.
 */
function find(css: string, at: number, end: number, stops: string): number {
  let depth = 0;
  for (let i = at; i < end; i++) {
    const char = css[i]!;
    if (char === '\\') i++;
    else if (char === '"' || char === "'") {
      i = stringEnd(css, i, end);
      if (i === -1) return -1;
    } else if (char === '(') depth++;
    else if (char === ')') {
      if (depth > 0) depth--;
    } else if (depth === 0 && stops.includes(char)) return i;
  }
  return -1;
}

/** The first `char` in `css` from `at` to `end`, escapes not skipped (css-tools' `indexOf`), or -1. */
function indexIn(css: string, char: string, at: number, end: number): number {
  for (let i = at; i < end; i++) if (css[i] === char) return i;
  return -1;
}

/**
 * The selector text split at commas outside brackets and escapes, each part trimmed, as css-tools
 * splits it: empty parts are kept, except after a comma that ends the text.
 */
function selectorsOf(text: string): string[] {
  const selectors: string[] = [];
  for (let from = 0; from < text.length; ) {
    const at = find(text, from, text.length, ',');
    selectors.push(text.slice(from, at === -1 ? text.length : at).trim());
    from = at === -1 ? text.length : at + 1;
  }
  return selectors;
}

/**
 * A node's position as css-tools gives it (`start`, `end`: line and column), kept as the two
 * offsets and worked out when read: a megabyte of small rules has half a million positions, most
 * of which no rule reads, and keeping them as objects made the check spend more time collecting
 * garbage than reading.
 */
class Span {
  constructor(
    private readonly locate: Locate,
    readonly from: number,
    private readonly to: number,
  ) {}

  get start(): Point {
    return this.locate(this.from);
  }

  get end(): Point {
    return this.locate(this.to);
  }

  get source(): string {
    return '';
  }

  toJSON() {
    return { start: this.start, end: this.end, source: this.source };
  }
}

/** A position (`start`, `end`) worked out from offsets into the text `locate` reads, when it is read. */
export const span = (locate: Locate, from: number, to: number): { start: Point; end: Point; source: string } => new Span(locate, from, to);

/** Where a node that `readPlainRule` made starts, as an offset into the text its `locate` reads; undefined for css-tools' nodes. */
export function startOffset(position: unknown): number | undefined {
  return position instanceof Span ? position.from : undefined;
}

const ruleNode = (selectors: string[], declarations: CssDeclarationAST[], at: Span): CssRuleAST => ({ type: 'rule', selectors, declarations, position: at }) as CssRuleAST;

/**
 * The rule in `css` from `start` to `end` (its closing `}` included) whose block opens at `open`:
 * the comments before it, then its rule node (none without a selector), added to `into` (a new
 * list if not given), which is returned; or undefined (see above), with `into` as it was.
 * `css` starts at `base` in the text that `locate` reads.
 */
export function readPlainRule(css: string, start: number, open: number, end: number, locate: Locate, base = 0, into: CssAtRuleAST[] = []): CssAtRuleAST[] | undefined {
  const before = into.length;
  const rule = readRule(css, start, open, end, locate, base, into);
  if (rule === undefined) {
    into.length = before;
    return undefined;
  }
  if (rule) into.push(rule);
  return into;
}

/** `readPlainRule`'s reading: the comments go to `into`; the rule node, null for none, or undefined where css-tools must read the rule. */
function readRule(css: string, start: number, open: number, end: number, locate: Locate, base: number, into: CssAtRuleAST[]): CssRuleAST | null | undefined {
  // Comments before the selector are nodes of their own.
  let from = skip(WHITESPACE, css, start);
  while (css.startsWith('/*', from)) {
    const close = css.indexOf('*/', from + 2);
    into.push({ type: 'comment', comment: css.slice(from + 2, close), position: new Span(locate, base + from, base + close + 2) } as CssAtRuleAST);
    from = skip(WHITESPACE, css, close + 2);
  }
  const close = end - 1;
  if (from >= open) {
    // No selector: css-tools reports "selector missing" and skips a character at a time; with the
    // rule's only `{` behind it, nothing after it can start a rule, but an `@` can start an at-rule.
    return indexIn(css, '@', from, end) === -1 ? null : undefined;
  }
  // css-tools drops what looks like a comment from the selector, the property and the value, in strings too.
  const selectors = selectorsOf(withoutComments(css.slice(from, open).trim()));
  let at = skip(OPEN, css, open);
  const declarations: CssDeclarationAST[] = [];
  while (at < end && css[at] !== '}') {
    if (css[at] === '@') {
      // An at-rule among the declarations (css-tools keeps it there): the name, a prelude up to
      // the next `;`, no block (the rule's only `{` is behind).
      AT_RULE.lastIndex = at;
      const atRule = AT_RULE.exec(css);
      if (atRule) {
        const name = atRule[1]!;
        if (OWN_PATTERN.test(name)) return undefined;
        const after = AT_RULE.lastIndex;
        const semicolon = find(css, after, end, ';');
        const preludeEnd = semicolon > after ? semicolon : after;
        const next = skip(AFTER_DECLARATION, css, preludeEnd);
        declarations.push({ type: 'at-rule', name, prelude: css.slice(after, preludeEnd).trim(), position: new Span(locate, base + at, base + next) } as unknown as CssDeclarationAST);
        at = next;
        continue;
      }
    }
    PROPERTY.lastIndex = at;
    const property = PROPERTY.test(css);
    const propertyEnd = PROPERTY.lastIndex;
    const colon = property ? skip(COLON, css, propertyEnd) : at;
    if (property && colon !== propertyEnd) {
      const valueEnd = find(css, colon, end, ';}');
      if (valueEnd === -1) return undefined; // not in a plain rule: its `}` ends every value
      declarations.push({
        type: 'declaration',
        property: withoutComments(css.slice(at, propertyEnd).trim()),
        value: withoutComments(css.slice(colon, valueEnd).trim()),
        position: new Span(locate, base + at, base + valueEnd),
      } as CssDeclarationAST);
      at = skip(AFTER_DECLARATION, css, skip(WHITESPACE, css, valueEnd));
      continue;
    }
    // No declaration here: no property name, or one without a colon (css-tools reads the name,
    // then reports "property missing ':'"). css-tools skips on to a `;` that comes before the
    // next `}`.
    if (property) at = propertyEnd;
    const semicolon = indexIn(css, ';', at, end);
    if (semicolon !== -1 && semicolon < indexIn(css, '}', at, end)) {
      at = skip(WHITESPACE, css, semicolon + 1);
      continue;
    }
    if (css[at] === '}') break;
    // Without one, css-tools reports "missing '}'" and ends the rule here, dropping the
    // declarations read so far; the rest of the rule holds no `{`, so only an `@` could start another node.
    return indexIn(css, '@', at, end) === -1 ? ruleNode(selectors, [], new Span(locate, base + from, base + at)) : undefined;
  }
  // A `}` before the last character is an escaped one that css-tools takes as the rule's end.
  if (at !== close) return indexIn(css, '@', at, end) === -1 ? ruleNode(selectors, declarations, new Span(locate, base + from, base + at + 1)) : undefined;
  return ruleNode(selectors, declarations, new Span(locate, base + from, base + end));
}
