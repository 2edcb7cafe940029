import { isValidElement, type ReactElement } from 'react';
import { Issue } from '../issue/Issue';
import type { IssueData } from '../issue/schema';
import { renderParts, type CssInliner } from '../render/renderEmail';
import { wrapLine, wrapText } from '../render/text';
import type { Theme } from '../theme/theme';
import { byteTemplate, encodePiece, fillBytes, type ByteFormat, type ByteTemplate } from './bytes';
import { copiesOf, type CopiesOptions, type Copy, type CopyBytes } from './copies';
import { resolveDialect, type Dialect, type DialectName } from './dialects';
import { neutralizeText } from './neutralize';
import { applyDialect, dialectTag, htmlTemplate, langOf, textTemplate, type Slot, type Template } from './template';
import { normalizeTextValue, PersonalizeError, readValues } from './values';
import { hasPlaceholder, tokenFor, type PlaceholderKind, type PlaceholderSpec } from '../base/values/placeholder';

export { normalizeTextValue, PersonalizeError };

export interface PrepareOptions<F extends string = string> {
  /**
   * The fields `personalize` fills, e.g. `['firstName', 'unsubscribeUrl']`. When given, the issue
   * must use exactly these placeholders (a forgotten or a surplus one is an error).
   */
  fields?: readonly F[];
  /** The mail service whose merge tags stand in for every field `personalize` is not given. */
  dialect?: DialectName | Dialect;
  /** The theme, when the issue is given as data. @default defaultTheme */
  theme?: Theme;
  /** As for `renderEmail`: only for blocks of your own that bring a `<style>`. */
  inlineCss?: CssInliner;
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
export async function prepareIssue<const F extends string = string>(
  input: ReactElement | IssueData,
  options: PrepareOptions<F> = {},
): Promise<PreparedIssue<F>> {
  const dialect = options.dialect === undefined ? undefined : resolveDialect(options.dialect);
  if (isValidElement(input) && options.theme) throw new PersonalizeError('prepareIssue: "theme" applies to issue data; give an element its theme through its own props');
  const element = isValidElement(input) ? input : <Issue data={input} theme={options.theme} />;
  const { html, text: unwrapped } = await renderParts(element, { inlineCss: options.inlineCss });

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
  const prepared = dialect ? applyDialect(html, wrapText(unwrapped), dialect) : { html, text: wrapText(unwrapped) };

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
  const textT = textStructure(unwrapped, (slot) => indexOf(slot.spec));
  const tokens = specs.map(tokenFor);
  const tags = dialect ? specs.map((spec) => dialectTag(dialect, spec, lang)) : [];

  // The chunks of each byte format, encoded on first use.
  const forms = new Map<ByteFormat, { html: ByteTemplate; text: ByteTemplate; tags: Uint8Array[] }>();
  const formOf = (format: ByteFormat) => {
    let form = forms.get(format);
    if (!form) {
      form = {
        html: byteTemplate(htmlT.parts, htmlSlots, format),
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
      return value === undefined ? undefined : neutralizeText(value);
    });
  }

  /** The text part's lines that hold placeholders, filled and wrapped (wrapping comes after the values, as in a full render). */
  function filledLines(plain: (string | undefined)[]): string[] {
    const inText = plain.map((value, i) => value ?? tokens[i]!);
    const leftToDialect = plain.some((value) => value === undefined);
    return textT.lines.map((unit) => {
      let line = unit.parts[0]!;
      for (let i = 0; i < unit.slots.length; i++) line += inText[unit.slots[i]!]! + unit.parts[i + 1]!;
      line = wrapLine(line);
      if (leftToDialect) plain.forEach((value, i) => (line = value === undefined ? line.split(tokens[i]!).join(tags[i]!) : line));
      return line;
    });
  }

  function personalize(values: PersonalValues<F>): { html: string; text: string } {
    const plain = plainValues(values);
    const inHtml = plain.map((value, i) => (value === undefined ? tags[i]! : escapeHtml(value)));
    let html = htmlT.parts[0]!;
    for (let i = 0; i < htmlSlots.length; i++) html += inHtml[htmlSlots[i]!]! + htmlT.parts[i + 1]!;
    const lines = filledLines(plain);
    let text = textT.statics[0]!;
    for (let i = 0; i < lines.length; i++) text += lines[i]! + textT.statics[i + 1]!;
    return { html, text };
  }

  function personalizeBytes(values: PersonalValues<F>, bytesOptions: BytesOptions = {}): CopyBytes {
    const format = formatOf(bytesOptions, 'personalizeBytes');
    const form = formOf(format);
    const plain = plainValues(values);
    const inHtml = plain.map((value, i) => (value === undefined ? form.tags[i]! : encodePiece(escapeHtml(value), format)));
    return { html: fillBytes(form.html, inHtml), text: fillBytes(form.text, filledLines(plain).map((line) => encodePiece(line, format))) };
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
function textStructure(unwrapped: string, index: (slot: Slot) => number): { statics: string[]; lines: { parts: string[]; slots: number[] }[] } {
  const statics: string[] = [];
  const lines: { parts: string[]; slots: number[] }[] = [];
  let run = '';
  unwrapped.split('\n').forEach((line, i) => {
    if (i > 0) run += '\n';
    if (!hasPlaceholder(line)) {
      run += wrapLine(line);
      return;
    }
    statics.push(run);
    run = '';
    const template: Template = textTemplate(line);
    lines.push({ parts: template.parts, slots: template.slots.map(index) });
  });
  statics.push(run);
  return { statics, lines };
}
