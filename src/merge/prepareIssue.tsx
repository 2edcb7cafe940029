import { isValidElement, type ReactElement } from 'react';
import { Issue } from '../issue/Issue';
import type { AnyBlock } from '../define/defineBlock';
import type { ParsedIssue } from '../issue/parse';
import type { IssueData } from '../issue/schema';
import { renderParts, type CssInliner } from '../render/renderEmail';
import { TEXT_WHITESPACE, wrapLine, wrapText } from '../text';
import type { Theme } from '../theme/theme';
import { resolveDialect, type Dialect, type DialectName } from './dialects';
import { edgesOf, joinNeutral } from './neutralize';
import { applyDialect, dialectTag, fillNeutral, htmlTemplate, langOf, neutralizerOf, textTemplate, type Template } from './template';
import { hasPlaceholder, tokenFor, type PlaceholderKind, type PlaceholderSpec } from '../base/values/placeholder';

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
   * One recipient's copy: byte-identical to a full `renderEmail` of the issue with these values
   * in place of the placeholders. Text values are HTML-escaped in the HTML part; whitespace runs
   * in them read as one space (as in HTML) and they are trimmed. URL values must be absolute
   * https URLs.
   */
  personalize(values: PersonalValues<F>): { html: string; text: string };
}

export class PersonalizeError extends Error {
  override name = 'PersonalizeError';
}

/** React's own escaping for text and attribute values, so a filled value equals a rendered one. */
const ESCAPES: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&#x27;', '<': '&lt;', '>': '&gt;' };
export function escapeHtml(value: string): string {
  return value.replace(/["&'<>]/g, (c) => ESCAPES[c]!);
}

/** The plain-text part's whitespace: a run of it reads as one space, and none at a block's edges. */
const WHITESPACE = new RegExp(TEXT_WHITESPACE.source, 'g');
/** Control characters, and surrogate halves without their pair (the serializer would write U+FFFD). */
const CONTROL = /[\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * How `personalize` reads a text value: whitespace runs as one space (as HTML reads them), and
 * trimmed of all Unicode whitespace (as the issue schema trims its strings).
 */
export function normalizeTextValue(value: string): string {
  return value.replace(WHITESPACE, ' ').trim();
}

/** Characters that a URL must percent-encode, the delimiters of merge-tag dialects, and a `%` that starts no escape. */
const URL_UNSAFE = /[\s"'<>\\^`{|}[\]\u0000-\u001f\u007f]|%(?![0-9A-Fa-f]{2})/;

function urlProblem(field: string, value: string): string | undefined {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || url.protocol !== 'https:' || !url.hostname || /^https?$/i.test(url.hostname) || URL_UNSAFE.test(value) || CONTROL.test(value) || hasPlaceholder(value)) {
    return `${field} must be an absolute https URL without spaces, quotes, <>, {}, [] or | (percent-encode them: %20, %7B) and with % only in escapes such as %C3%BC, e.g. "https://example.org/abmelden?id=42"; got ${JSON.stringify(value)}`;
  }
  return undefined;
}

interface Filled {
  html: string;
  text: string;
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
  const { html, text: unwrapped } = await renderParts(element, { inlineCss: options.inlineCss, ...(dialect ? { dialect } : {}) });
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
  // A whole URL (an href) is no prose; every other slot is judged against its neighbours when filled.
  const htmlProse = htmlT.slots.map((slot) => slot.place !== 'url');
  const htmlEdges = edgesOf(htmlT.parts, 'html');
  const textUnits = textLines(unwrapped).map((unit) =>
    typeof unit === 'string' ? unit : { parts: unit.parts, slots: unit.slots.map((slot) => indexOf(slot.spec)), edges: edgesOf(unit.parts, 'text') },
  );
  const tokens = specs.map(tokenFor);
  const tags = dialect ? specs.map((spec) => dialectTag(dialect, spec, lang)) : [];

  function personalize(values: PersonalValues<F>): Filled {
    if (!values || typeof values !== 'object') throw new PersonalizeError('personalize: values must be an object { fieldName: value }');
    for (const key of Object.keys(values)) {
      if (!kinds.has(key)) throw new PersonalizeError(`personalize: the issue has no placeholder "${key}" (it has: ${[...kinds.keys()].join(', ') || 'none'})`);
    }
    const given = values as Record<string, string | undefined>;
    const problems: string[] = [];
    for (const [name, kind] of kinds) {
      const value = given[name];
      if (value !== undefined && typeof value !== 'string') problems.push(`${name} must be a string, got ${typeof value}`);
      else if (kind === 'url' && value !== undefined) {
        const problem = urlProblem(name, value);
        if (problem) problems.push(problem);
      } else if (kind === 'url' && !dialect) problems.push(`${name} is required (an absolute https URL)`);
      else if (kind === 'text' && value !== undefined && (CONTROL.test(value.replace(WHITESPACE, ' ')) || hasPlaceholder(value))) {
        problems.push(`${name} contains a control character or a placeholder token: ${JSON.stringify(value)}`);
      }
    }
    if (problems.length) throw new PersonalizeError(`personalize: ${problems.join('; ')}`);

    // The plain value per placeholder; undefined leaves it to the dialect (its token in the text until after wrapping).
    const plain = specs.map((spec): string | undefined => {
      const raw = given[spec.name];
      if (spec.kind === 'url') return raw;
      let value: string | undefined;
      if (raw !== undefined) {
        value = normalizeTextValue(raw) || spec.fallback;
        if (!value) throw new PersonalizeError(`personalize: ${spec.name} is empty and the placeholder has no fallback`);
      } else if (!dialect) {
        value = spec.fallback;
        if (value === undefined) throw new PersonalizeError(`personalize: ${spec.name} is required (the placeholder has no fallback)`);
      }
      return value === undefined ? undefined : n.text(value);
    });
    const inHtml = plain.map((value, i) => (value === undefined ? tags[i]! : escapeHtml(value)));
    const inText = plain.map((value, i) => value ?? tokens[i]!);
    const leftToDialect = plain.some((value) => value === undefined);

    const outHtml = joinNeutral(
      htmlT.parts,
      htmlSlots.map((s) => inHtml[s]!),
      htmlProse,
      htmlEdges,
      n,
    );
    let outText = '';
    for (let u = 0; u < textUnits.length; u++) {
      const unit = textUnits[u]!;
      if (u > 0) outText += '\n';
      if (typeof unit === 'string') {
        outText += unit;
        continue;
      }
      // A token left for the dialect is judged against its neighbours once it is the dialect's tag, after wrapping.
      let line = wrapLine(
        joinNeutral(
          unit.parts,
          unit.slots.map((s) => inText[s]!),
          unit.slots.map((s) => plain[s] !== undefined),
          unit.edges,
          n,
        ),
      );
      if (leftToDialect && hasPlaceholder(line)) {
        const lineT = textTemplate(line);
        line = fillNeutral(lineT, 'text', lineT.slots.map((slot) => tags[indexByToken.get(tokenFor(slot.spec))!]!), n);
      }
      outText += line;
    }
    return { html: outHtml, text: outText };
  }

  return {
    html: prepared.html,
    text: prepared.text,
    template: html,
    fields: [...kinds].map(([name, kind]) => ({ name, kind })),
    personalize,
  };
}

/** The unwrapped text as runs of already wrapped static lines and lines to fill and wrap per copy. */
function textLines(unwrapped: string): (string | Template)[] {
  const units: (string | Template)[] = [];
  let run: string[] = [];
  for (const line of unwrapped.split('\n')) {
    if (!hasPlaceholder(line)) {
      run.push(wrapLine(line));
      continue;
    }
    if (run.length) units.push(run.join('\n'));
    run = [];
    units.push(textTemplate(line));
  }
  units.push(run.join('\n'));
  return units;
}
