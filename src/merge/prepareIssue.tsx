import { isValidElement, type ReactElement } from 'react';
import { Issue } from '../issue/Issue';
import type { AnyBlock } from '../define/defineBlock';
import type { ParsedIssue } from '../issue/parse';
import type { IssueData } from '../issue/schema';
import { renderParts, type CssInliner, type RenderOptions } from '../render/renderEmail';
import { wrapLine, wrapText } from '../text';
import { documentDir, type Direction } from '../base/bidi';
import type { Theme } from '../theme/theme';
import { byteTemplate, encodePiece, fillBytes, type ByteFormat, type ByteTemplate } from './bytes';
import { copiesOf, type CopiesOptions, type Copy, type CopyBytes } from './copies';
import { resolveDialect, type Dialect, type DialectName } from './dialects';
import { edgesOf, joinNeutral, type Edges } from './neutralize';
import { applyDialect, dialectTag, fillNeutral, htmlTemplate, langOf, neutralizerOf, textTemplate, type Slot, type Template } from './template';
import { normalizeTextValue, PersonalizeError, readValues } from './values';
import { hasPlaceholder, tokenFor, type PlaceholderKind, type PlaceholderSpec } from '../base/values/placeholder';

export { normalizeTextValue, PersonalizeError };

export interface PrepareOptions<F extends string = string, B extends AnyBlock = never> {
  /**
   * The fields `personalize` fills, e.g. `['firstName', 'unsubscribeUrl']`. When given, the issue
   * must use exactly these placeholders (a forgotten or a surplus one is an error).
   */
  fields?: readonly F[];
  /** The mail service whose merge tags stand in for every field `personalize` is not given. */
  dialect?: DialectName | Dialect;
  /** The theme, when the issue is given as data. @default defaultTheme */
  theme?: Theme;
  /** Blocks of your own that the issue data lists, when it is given as data (see `Issue`). */
  blocks?: readonly B[];
  /** As for `renderEmail`: only for blocks of your own that bring a `<style>`. */
  inlineCss?: CssInliner;
  /**
   * As for `renderEmail`: campaign parameters for the links to the listed domains. A URL that
   * `personalize` or the mail service fills in per recipient is never tagged.
   */
  linkTags?: RenderOptions['linkTags'];
}

/** Per-recipient values by field name. A text field left out reads its fallback (or the dialect's tag). */
export type PersonalValues<F extends string = string> = { readonly [K in F]?: string };

export interface FieldInfo {
  name: string;
  kind: PlaceholderKind;
}

export interface PreparedIssue<F extends string = string> {
  /** The HTML part with the dialect's merge tags, or with the placeholder tokens when there is no dialect. */
  html: string;
  /** The plain-text part, the same way. */
  text: string;
  /**
   * The HTML with the placeholders as tokens (valid https URLs and plain words): check it once
   * with `checkEmail(prepared.template)`, whatever the dialect.
   */
  template: string;
  /** The fields the issue uses. */
  fields: FieldInfo[];
  /**
   * One recipient's copy as strings: byte-identical to a full `renderEmail` of the issue with
   * these values in place of the placeholders. Text values are HTML-escaped in the HTML part;
   * whitespace runs in them read as one space (as in HTML) and they are trimmed. URL values
   * must be absolute https URLs. Values follow the issue schema's rules (no control or bidi
   * characters, no `user@` before a host, …) and only the object's own properties are read;
   * anything else throws a `PersonalizeError` naming the field.
   */
  personalize(values: PersonalValues<F>): { html: string; text: string };
  /**
   * The same copy as `personalize`, as the UTF-8 bytes of each part (what a sender writes): one
   * `Uint8Array` per part, each of exactly its length. `{ format: 'json' }` gives each part as the
   * bytes of a JSON string literal instead, equal to `JSON.stringify(part)`.
   */
  personalizeBytes(values: PersonalValues<F>, options?: BytesOptions): CopyBytes;
  /**
   * Every recipient's copy as bytes, one at a time, for `for await (const copy of prepared.copies(recipients))`:
   * a refused recipient yields `{ ok: false, error }` and the run goes on (see `Copy`).
   */
  copies<R = PersonalValues<F>>(recipients: Iterable<R> | AsyncIterable<R>, options?: CopiesOptions<R, PersonalValues<F>> & BytesOptions): AsyncGenerator<Copy<R>, void, undefined>;
}

export interface BytesOptions {
  /** `utf8`: each part's bytes; `json`: each part as a JSON string literal (for an ESP's JSON API). @default 'utf8' */
  format?: ByteFormat;
}

/** React's own escaping for text and attribute values, so a filled value equals a rendered one. */
const ESCAPES: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&#x27;', '<': '&lt;', '>': '&gt;' };
export function escapeHtml(value: string): string {
  return value.replace(/["&'<>]/g, (c) => ESCAPES[c]!);
}

/**
 * Renders an issue once, placeholders as tokens, and returns a fast `personalize` that fills
 * them per recipient.
 */
export async function prepareIssue<const F extends string = string, const B extends AnyBlock = never>(
  input: ReactElement | IssueData<B> | ParsedIssue<B>,
  options: PrepareOptions<F, B> = {},
): Promise<PreparedIssue<F>> {
  const dialect = options.dialect === undefined ? undefined : resolveDialect(options.dialect);
  if (isValidElement(input) && (options.theme || options.blocks)) {
    throw new PersonalizeError(`prepareIssue: "${options.theme ? 'theme' : 'blocks'}" applies to issue data; give an element its ${options.theme ? 'theme' : 'blocks'} through its own props`);
  }
  const element = isValidElement(input) ? input : <Issue data={input} theme={options.theme} blocks={options.blocks} />;
  const { html, text: unwrapped } = await renderParts(element, { inlineCss: options.inlineCss, linkTags: options.linkTags, ...(dialect ? { dialect } : {}) });
  const n = neutralizerOf(dialect);

  const htmlT = htmlTemplate(html);
  const kinds = new Map<string, PlaceholderKind>();
  // The text part's hints (a button's "text: URL") may hold placeholders the HTML part shows differently.
  for (const { spec } of [...htmlT.slots, ...textTemplate(unwrapped).slots]) {
    const known = kinds.get(spec.name);
    if (known && known !== spec.kind) throw new PersonalizeError(`placeholder ${spec.name} is used both as text and as a URL field`);
    kinds.set(spec.name, spec.kind);
  }
  if (options.fields) {
    const declared = new Set<string>(options.fields);
    const missing = [...declared].filter((f) => !kinds.has(f));
    const surplus = [...kinds.keys()].filter((f) => !declared.has(f));
    if (missing.length || surplus.length) {
      throw new PersonalizeError(
        [
          missing.length ? `fields ${missing.join(', ')} are declared but the issue uses no such placeholder` : '',
          surplus.length ? `the issue uses placeholders ${surplus.join(', ')} that "fields" does not declare` : '',
        ]
          .filter(Boolean)
          .join('; '),
      );
    }
  }

  const lang = langOf(html);
  const dir = documentDir(html);
  const prepared = dialect ? applyDialect(html, wrapText(unwrapped, dir), dialect) : { html, text: wrapText(unwrapped, dir) };

  // Every distinct placeholder (a name with its fallback) gets an index; slots refer to it, so a copy computes each value once.
  const specs: PlaceholderSpec[] = [];
  const indexByToken = new Map<string, number>();
  const indexOf = (spec: PlaceholderSpec) => {
    const token = tokenFor(spec);
    let index = indexByToken.get(token);
    if (index === undefined) {
      index = specs.push(spec) - 1;
      indexByToken.set(token, index);
    }
    return index;
  };
  const htmlSlots = htmlT.slots.map((slot) => indexOf(slot.spec));
  // A whole URL (an href) is no prose; every other slot is judged against its neighbours when filled.
  const htmlProse = htmlT.slots.map((slot) => slot.place !== 'url');
  const htmlEdges = edgesOf(htmlT.parts, 'html');
  const textT = textStructure(unwrapped, (slot) => indexOf(slot.spec), dir);
  // For the byte path: the HTML's static chunks without the few characters before which a word joiner may go per copy.
  const htmlSplit = splitAtEdges(htmlT.parts, htmlEdges);
  const tokens = specs.map(tokenFor);
  const tags = dialect ? specs.map((spec) => dialectTag(dialect, spec, lang)) : [];

  // The chunks of each byte format, encoded on first use.
  const forms = new Map<ByteFormat, { html: ByteTemplate; text: ByteTemplate; tags: Uint8Array[] }>();
  const formOf = (format: ByteFormat) => {
    let form = forms.get(format);
    if (!form) {
      form = {
        html: byteTemplate(htmlSplit.tails, htmlSlots.map((_, i) => i), format),
        text: byteTemplate(textT.statics, textT.lines.map((_, i) => i), format),
        tags: tags.map((tag) => encodePiece(tag, format)),
      };
      forms.set(format, form);
    }
    return form;
  };

  /** Each placeholder's value (normalised, neutralised text; a checked URL), or undefined where the dialect's tag stands. */
  function plainValues(values: PersonalValues<F>): (string | undefined)[] {
    const given = readValues(values, kinds, !dialect);
    return specs.map((spec): string | undefined => {
      const raw = given.get(spec.name);
      if (spec.kind === 'url') return raw;
      let value: string | undefined;
      if (raw !== undefined) {
        value = normalizeTextValue(raw) || spec.fallback;
        if (!value) throw new PersonalizeError([{ field: spec.name, message: `is empty (or only whitespace) and the placeholder has no fallback: give a value, or give the placeholder a fallback: ${spec.name === 'firstName' ? 'placeholder.firstName({ fallback: "Leserin und Leser" })' : `placeholder.custom("${spec.name}", { fallback: "…" })`}` }]);
      } else if (!dialect) {
        value = spec.fallback;
        if (value === undefined) throw new PersonalizeError([{ field: spec.name, message: 'is required (the placeholder has no fallback)' }]);
      }
      return value === undefined ? undefined : n.text(value);
    });
  }

  /** The text part's lines that hold placeholders, filled and wrapped (wrapping comes after the values, as in a full render). */
  function filledLines(plain: (string | undefined)[]): string[] {
    const inText = plain.map((value, i) => value ?? tokens[i]!);
    const leftToDialect = plain.some((value) => value === undefined);
    return textT.lines.map((unit) => {
      let line = wrapLine(
        joinNeutral(
          unit.parts,
          unit.slots.map((s) => inText[s]!),
          unit.slots.map((s) => plain[s] !== undefined),
          unit.edges,
          n,
        ),
        dir,
      );
      // A token left for the dialect is judged against its neighbours once it is the dialect's tag, after wrapping.
      if (leftToDialect && hasPlaceholder(line)) {
        const lineT = textTemplate(line);
        line = fillNeutral(lineT, 'text', lineT.slots.map((slot) => tags[indexByToken.get(tokenFor(slot.spec))!]!), n);
      }
      return line;
    });
  }

  function personalize(values: PersonalValues<F>): { html: string; text: string } {
    const plain = plainValues(values);
    const inHtml = plain.map((value, i) => (value === undefined ? tags[i]! : escapeHtml(value)));
    const html = joinNeutral(
      htmlT.parts,
      htmlSlots.map((s) => inHtml[s]!),
      htmlProse,
      htmlEdges,
      n,
    );
    const lines = filledLines(plain);
    let text = textT.statics[0]!;
    for (let i = 0; i < lines.length; i++) text += lines[i]! + textT.statics[i + 1]!;
    return { html, text };
  }

  function personalizeBytes(values: PersonalValues<F>, bytesOptions: BytesOptions = {}): CopyBytes {
    const format = formatOf(bytesOptions, 'personalizeBytes');
    const form = formOf(format);
    const plain = plainValues(values);
    const inHtml = plain.map((value, i) => (value === undefined ? tags[i]! : escapeHtml(value)));
    // Each slot with the characters up to its after-edge, and a word joiner where the value and a neighbour open a tag.
    const segments = htmlSlots.map((s, i) => {
      const content = inHtml[s]!;
      const before = htmlEdges.before[i] === 'slot' ? lastRaw(inHtml[htmlSlots[i - 1]!]!) : htmlEdges.before[i];
      const one: Edges = { kind: 'html', before: [before], after: [htmlSplit.after[i]] };
      return encodePiece(joinNeutral(['', htmlSplit.heads[i]!], [content], [htmlProse[i]!], one, n), format);
    });
    return { html: fillBytes(form.html, segments), text: fillBytes(form.text, filledLines(plain).map((line) => encodePiece(line, format))) };
  }

  return {
    html: prepared.html,
    text: prepared.text,
    template: html,
    fields: [...kinds].map(([name, kind]) => ({ name, kind })),
    personalize,
    personalizeBytes,
    copies: (recipients, copyOptions = {}) => {
      // An unknown format is refused here, before the first recipient.
      const bytesOptions = { format: formatOf(copyOptions, 'copies') };
      return copiesOf(recipients, (values) => personalizeBytes(values, bytesOptions), copyOptions);
    },
  };
}

function formatOf(options: BytesOptions | undefined, caller: string): ByteFormat {
  const format = options?.format ?? 'utf8';
  if (format !== 'utf8' && format !== 'json') throw new PersonalizeError(`${caller}: option "format" must be "utf8" or "json", got ${JSON.stringify(format)}`);
  return format;
}

/**
 * The unwrapped text as `statics[0] lines[0] statics[1] … statics[n]`: the static runs wrapped
 * once, the lines that hold placeholders left to fill and wrap per copy, their slots as indices.
 */
function textStructure(unwrapped: string, index: (slot: Slot) => number, dir: Direction): { statics: string[]; lines: { parts: string[]; slots: number[]; edges: Edges }[] } {
  const statics: string[] = [];
  const lines: { parts: string[]; slots: number[]; edges: Edges }[] = [];
  let run = '';
  unwrapped.split('\n').forEach((line, i) => {
    if (i > 0) run += '\n';
    if (!hasPlaceholder(line)) {
      run += wrapLine(line, dir);
      return;
    }
    statics.push(run);
    run = '';
    const template: Template = textTemplate(line);
    lines.push({ parts: template.parts, slots: template.slots.map(index), edges: edgesOf(template.parts, 'text') });
  });
  statics.push(run);
  return { statics, lines };
}

/** The last raw character of an HTML-escaped value (`&lt;` reads as `<`), as the neutraliser judges it. */
const lastRaw = (content: string) => (content.endsWith('&lt;') ? '<' : content[content.length - 1]);

/**
 * The HTML parts cut where a word joiner may go per copy: after slot i, the next part's first
 * `after[i].at` characters (inline tags before the next raw character) travel with the slot, and
 * only the rest is a pre-encoded chunk. `joinNeutral` over one slot then gives exactly the bytes
 * a full render has there.
 */
function splitAtEdges(parts: readonly string[], edges: Edges): { tails: string[]; heads: string[]; after: Edges['after'] } {
  const heads: string[] = [];
  const after: Edges['after'] = [];
  const tails = [parts[0]!];
  for (let i = 0; i + 1 < parts.length; i++) {
    const next = parts[i + 1]!;
    const a = edges.after[i];
    const at = a ? a.at : 0;
    heads.push(next.slice(0, at));
    after.push(a ? { char: a.char, at } : undefined);
    tails.push(next.slice(at));
  }
  return { tails, heads, after };
}
