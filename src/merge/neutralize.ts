import { markup } from '../base/markup';
import { URL_TOKEN_PREFIX } from '../base/values/placeholder';

/**
 * Text that authors type must not turn into a mail service's template code: `{{7*7}}` in a
 * headline would be evaluated by Liquid/Handlebars services (Keila refuses to send a mail whose
 * Liquid fails), `*|FNAME|*` by Mailchimp, `[[…]]` by Mailjet, `<%…%>` by SendGrid's legacy
 * tags, `%%…%%` by Salesforce, `{FIRSTNAME}` by CleverReach and `{contactfield=…}` by Mautic.
 *
 * Only the two characters that OPEN a tag are touched: an invisible WORD JOINER (U+2060) goes
 * between them ("{⁠{7*7}}"), so the service sees no tag while the reader sees the same text.
 * Everything else an author types stays as typed: "Kosten [1]", "a < b", "{Name}", "C# <3",
 * "A | B". Which openers count is the dialect's (`Dialect.tagOpeners`); without a dialect, those
 * of every service we know that a stray brace cannot trigger: `{{`, `{%`, `*|`, `[[`, `<%`, `%%`.
 * The single-brace forms `{WORD}` (CleverReach: a capital letter after `{`) and `{word}` (Mautic:
 * a small letter after `{`) count only for a dialect that uses them.
 *
 * The rule looks at pairs of neighbouring characters, in text and in prose attributes (`alt`,
 * `title`, `aria-label`, the text-part hints), also across inline formatting (`<strong>`, `<em>`,
 * an opening `<a>`), whose text the plain-text part joins. Because it looks at pairs only, a
 * value that `personalize` fills in is neutralised by itself plus one check at each edge against
 * its neighbour (`joinNeutral`), which gives the same bytes as a full render: a value ending in
 * `{` beside an authored `{` gets its word joiner there too.
 */
export const WJ = '\u2060';

/** The two-character starts of template tags, by service. */
export type TagOpener = '{{' | '{%' | '*|' | '[[' | '<%' | '%%' | '{WORD}' | '{word}';

/** Without a dialect: every service's opener that a stray brace cannot trigger. */
export const anyServiceOpeners: readonly TagOpener[] = ['{{', '{%', '*|', '[[', '<%', '%%'];

export interface Neutralizer {
  readonly openers: readonly TagOpener[];
  /** Whether `a` followed by `b` opens a tag. */
  opens(a: string | undefined, b: string | undefined): boolean;
  /** Raw text (a value before HTML escaping, or a line of the plain-text part). */
  text(value: string): string;
  /** Rendered HTML: text and prose attributes; URLs, CSS, comments and tags stay untouched. */
  html(html: string): string;
}

/** Attributes whose value is prose that reaches a reader (or the plain-text part). */
const PROSE_ATTRIBUTES = new Set(['alt', 'title', 'aria-label', 'aria-description', 'aria-roledescription', markup.text]);

/**
 * Inline tags whose text the plain-text part joins to its neighbours: formatting, a link's
 * opening tag (its closing tag is followed by " <url>" in the text part), and the empty comment
 * React writes between two text nodes (the finished HTML drops it).
 */
const CARRY_SOURCE = String.raw`(?:<(?:strong|b|em|i|u|a)(?:\s[^<>]*)?>|<\/(?:strong|b|em|i|u)>|<!-- -->)`;
const CARRY = new RegExp(`^${CARRY_SOURCE}$`);

const cache = new Map<string, Neutralizer>();

/** The neutraliser for a set of openers (`Dialect.tagOpeners`, or every service's without one). */
export function neutralizerFor(openers: readonly TagOpener[] = anyServiceOpeners): Neutralizer {
  const key = [...new Set(openers)].sort().join(' ');
  let n = cache.get(key);
  if (!n) cache.set(key, (n = build([...new Set(openers)])));
  return n;
}

function build(openers: TagOpener[]): Neutralizer {
  const seconds = new Map<string, string>();
  const add = (a: string, b: string) => seconds.set(a, (seconds.get(a) ?? '') + b);
  for (const o of openers) {
    if (o === '{WORD}') add('{', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    else if (o === '{word}') add('{', 'abcdefghijklmnopqrstuvwxyz');
    else add(o[0]!, o[1]!);
  }
  const opens = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && b.length === 1 && (seconds.get(a)?.includes(b) ?? false);
  const firsts = [...seconds.keys()];
  const secondChars = [...new Set([...seconds.values()].join(''))];
  const cls = (chars: string[]) => `[${chars.map((c) => (/[\]\\^-]/.test(c) ? `\\${c}` : c)).join('')}]`;
  const anyFirst = firsts.length ? new RegExp(cls(firsts)) : /$^/;
  const firstSource = [firsts.filter((c) => c !== '<').length ? cls(firsts.filter((c) => c !== '<')) : '', firsts.includes('<') ? '&lt;' : ''].filter(Boolean).join('|');
  // Comments and `<style>`/`<script>` blocks (skipped whole), or an opener's first character
  // with the inline tags after it and its second character ahead. Scanning for the rare first
  // characters, instead of visiting every tag, keeps this pass cheap.
  const candidates = firsts.length
    ? new RegExp(`<!--[\\s\\S]*?-->|<(style|script)\\b[^>]*>[\\s\\S]*?<\\/\\1>|(${firstSource})(${CARRY_SOURCE}*)(?=(${cls(secondChars)}))`, 'g')
    : undefined;

  function text(value: string): string {
    if (!anyFirst.test(value)) return value;
    let out = '';
    let last = 0;
    for (let i = 1; i < value.length; i++) {
      if (opens(value[i - 1], value[i])) {
        out += value.slice(last, i) + WJ;
        last = i;
      }
    }
    return last === 0 ? value : out + value.slice(last);
  }

  function html(source: string): string {
    if (!candidates) return source;
    return source.replace(candidates, (match: string, block: string | undefined, first: string | undefined, carry: string, second: string, at: number) => {
      if (block !== undefined || first === undefined) return match;
      const raw = first === '&lt;' ? '<' : first;
      const secondAt = at + match.length;
      if (!opens(raw, second) || startsToken(source, secondAt) || !isProse(source, at)) return match;
      return first + carry + WJ;
    });
  }

  return { openers, opens, text, html };
}

/** A placeholder token starts here: its neighbours are judged when it is filled (`joinNeutral`), not before. */
function startsToken(source: string, at: number): boolean {
  return source.startsWith('nkph_', at) || source.startsWith(URL_TOKEN_PREFIX, at);
}

/** Whether the character at `at` is prose: in text, or in a prose attribute's value (not a link's own URL). */
function isProse(html: string, at: number): boolean {
  const tagStart = html.lastIndexOf('<', at);
  if (tagStart <= html.lastIndexOf('>', at)) return true;
  const attribute = /\s([\w:-]+)="([^"]*)$/.exec(html.slice(tagStart, at));
  if (!attribute || !PROSE_ATTRIBUTES.has(attribute[1]!)) return false;
  if (attribute[1] !== markup.text) return true;
  // A text-part hint that ends in the link's own URL ("Abmelden: {{url}}") keeps the URL as the href has it.
  const valueStart = at - attribute[2]!.length;
  const value = html.slice(valueStart, html.indexOf('"', at));
  const href = /\shref="([^"]*)"/.exec(html.slice(tagStart, html.indexOf('>', at)))?.[1];
  return !(href && value.endsWith(href) && at >= valueStart + value.length - href.length);
}

/** The raw character before `end` in HTML, across inline tags; `undefined` at the start of `s`. */
function rawBefore(s: string, end: number): string | undefined {
  let i = end;
  while (i > 0 && s[i - 1] === '>') {
    const open = s.lastIndexOf('<', i - 1);
    if (open < 0 || !CARRY.test(s.slice(open, i))) break;
    i = open;
  }
  if (i === 0) return undefined;
  return s.endsWith('&lt;', i) ? '<' : s[i - 1];
}

/** The raw character at or after `start` in HTML, across inline tags, and where it stands; `undefined` at the end of `s`. */
function rawAfter(s: string, start: number): { char: string; at: number } | undefined {
  let i = start;
  while (s[i] === '<') {
    const close = s.indexOf('>', i);
    if (close < 0 || !CARRY.test(s.slice(i, close + 1))) break;
    i = close + 1;
  }
  if (i >= s.length) return undefined;
  return { char: s.startsWith('&lt;', i) ? '<' : s[i]!, at: i };
}

/** The first and last raw characters of a filled-in value as it stands in the output. */
const firstRaw = (content: string, kind: Kind) => (kind === 'html' && content.startsWith('&lt;') ? '<' : content[0]);
const lastRaw = (content: string, kind: Kind) => (kind === 'html' && content.endsWith('&lt;') ? '<' : content[content.length - 1]);

type Kind = 'html' | 'text';

/**
 * What each slot of a template has beside it, worked out once: the raw character before it (or
 * `slot` when only inline tags separate it from the previous slot) and the one after it with its
 * offset in the following part.
 */
export interface Edges {
  kind: Kind;
  before: (string | 'slot' | undefined)[];
  after: ({ char: string; at: number } | undefined)[];
}

export function edgesOf(parts: readonly string[], kind: Kind): Edges {
  const before: Edges['before'] = [];
  const after: Edges['after'] = [];
  for (let i = 0; i + 1 < parts.length; i++) {
    const part = parts[i]!;
    const prev = kind === 'html' ? rawBefore(part, part.length) : part[part.length - 1];
    before.push(prev === undefined ? (i > 0 ? 'slot' : undefined) : prev);
    after.push(kind === 'html' ? rawAfter(parts[i + 1]!, 0) : parts[i + 1]!.length ? { char: parts[i + 1]![0]!, at: 0 } : undefined);
  }
  return { kind, before, after };
}

/**
 * Joins a template's parts with the slots' contents (escaped values, or a dialect's tags), with
 * the word joiner at each edge where a content and its neighbour open a tag, as a full render of
 * the same text gives. `prose[i]` is false for a slot that is a whole URL (an `href`), which
 * nothing neutralises.
 */
export function joinNeutral(parts: readonly string[], contents: readonly string[], prose: readonly boolean[], edges: Edges, n: Neutralizer): string {
  let out = parts[0]!;
  for (let i = 0; i < contents.length; i++) {
    const content = contents[i]!;
    let next = parts[i + 1]!;
    if (prose[i] && content) {
      const b = edges.before[i];
      const prev = b === 'slot' ? lastRaw(contents[i - 1]!, edges.kind) : b;
      if (n.opens(prev, firstRaw(content, edges.kind))) out += WJ;
      const a = edges.after[i];
      if (a && n.opens(lastRaw(content, edges.kind), a.char)) next = next.slice(0, a.at) + WJ + next.slice(a.at);
    }
    out += content + next;
  }
  return out;
}
