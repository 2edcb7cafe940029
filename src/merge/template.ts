import { markup } from '../base/markup';
import { DialectError, type Dialect } from './dialects';
import { edgesOf, joinNeutral, neutralizerFor, type Neutralizer } from './neutralize';
import { hasPlaceholder, specOf, TOKEN_PATTERN, tokenFor, type PlaceholderSpec } from '../base/values/placeholder';

/** Where a token sits in the HTML: prose, a prose attribute, or a whole `href`/`src`. */
export type SlotPlace = 'text' | 'attribute' | 'url';

export interface Slot {
  spec: PlaceholderSpec;
  place: SlotPlace;
}

/** A rendered part cut at its tokens: `parts[0] slot[0] parts[1] slot[1] … parts[n]`. */
export interface Template {
  parts: string[];
  slots: Slot[];
}

export class PlaceholderPlacementError extends Error {
  override name = 'PlaceholderPlacementError';
}

const URL_ATTRIBUTES = new Set(['href', 'src']);

/** The attribute a position inside a tag belongs to, or undefined between attributes. */
function attributeAt(html: string, tagStart: number, at: number): { name: string; valueStart: number } | undefined {
  const m = /\s([\w:-]+)="([^"]*)$/.exec(html.slice(tagStart, at));
  return m ? { name: m[1]!, valueStart: at - m[2]!.length } : undefined;
}

/** The preheader's text: React Email pads it to a length, so a value of another length would shift the padding. */
function preheaderRange(html: string): [number, number] {
  const body = html.indexOf('<body');
  const start = html.indexOf(markup.skipInText, body);
  return start < 0 || body < 0 ? [0, 0] : [start, html.indexOf('</div>', start)];
}

/** Cuts finished HTML at its tokens and names each token's place; misplaced tokens are errors. */
export function htmlTemplate(html: string): Template {
  const parts: string[] = [];
  const slots: Slot[] = [];
  const [preStart, preEnd] = preheaderRange(html);
  let last = 0;
  for (const match of html.matchAll(TOKEN_PATTERN)) {
    const at = match.index;
    const spec = specOf(match);
    const tagStart = html.lastIndexOf('<', at);
    const inTag = tagStart > html.lastIndexOf('>', at);
    let place: SlotPlace = 'text';
    if (at >= preStart && at < preEnd) {
      throw new PlaceholderPlacementError(`placeholder ${spec.name} is in the preview text (preheader); inboxes show it before the mail is opened and its padding depends on its length: keep placeholders out of "preview"`);
    }
    if (inTag) {
      const attribute = attributeAt(html, tagStart, at);
      if (!attribute) throw new PlaceholderPlacementError(`placeholder ${spec.name} stands inside a tag outside any attribute value`);
      place = 'attribute';
      if (URL_ATTRIBUTES.has(attribute.name)) {
        const end = html.indexOf('"', at);
        const whole = attribute.valueStart === at && end === at + match[0].length;
        if (spec.kind !== 'url' || !whole) {
          throw new PlaceholderPlacementError(
            spec.kind === 'url'
              ? `placeholder ${spec.name} must be the whole ${attribute.name} (got ${JSON.stringify(html.slice(attribute.valueStart, end))}): a mail service fills in the complete URL`
              : `text placeholder ${spec.name} cannot be part of a URL (${attribute.name}); use placeholder.custom(name, { kind: 'url' }) for a per-recipient URL`,
          );
        }
        place = 'url';
      }
    }
    parts.push(html.slice(last, at));
    slots.push({ spec, place });
    last = at + match[0].length;
  }
  parts.push(html.slice(last));
  return { parts, slots };
}

/** Cuts the text part at its tokens; every token there is prose. */
export function textTemplate(text: string): Template {
  const parts: string[] = [];
  const slots: Slot[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    parts.push(text.slice(last, match.index));
    slots.push({ spec: specOf(match), place: 'text' });
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return { parts, slots };
}

export function fill(template: Template, value: (slot: Slot) => string): string {
  let out = template.parts[0]!;
  for (let i = 0; i < template.slots.length; i++) out += value(template.slots[i]!) + template.parts[i + 1]!;
  return out;
}

/** The language from `<html lang>`, for dialects whose tags depend on it. */
export function langOf(html: string): string {
  return /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1] ?? 'en';
}

/** A dialect's merge tag for one field. */
export function dialectTag(dialect: Dialect, spec: PlaceholderSpec, lang: string): string {
  if (spec.fallback !== undefined && !dialect.fallback) {
    throw new DialectError(`dialect "${dialect.name}" cannot express a fallback for ${spec.name} ("${spec.fallback}"): drop the fallback and set a default in the mail service`);
  }
  switch (spec.name) {
    case 'firstName':
      return dialect.firstName(spec.fallback);
    case 'unsubscribeUrl':
      return dialect.unsubscribeUrl({ lang });
    case 'webViewUrl':
      if (!dialect.webViewUrl) {
        throw new DialectError(
          `dialect "${dialect.name}" has no web-view link, but the issue uses placeholder.webViewUrl(): give browserUrl a real URL or leave it out`,
        );
      }
      return dialect.webViewUrl({ lang });
    default:
      return dialect.custom(spec.name, spec.kind, spec.fallback);
  }
}

/** The neutraliser for typed text under a dialect (its own tag openers), or for any service without one. */
export function neutralizerOf(dialect?: Dialect): Neutralizer {
  return neutralizerFor(dialect?.tagOpeners);
}

/** Fills a template as a full render would neutralise it: a word joiner where a content's edge and its neighbour open a tag. */
export function fillNeutral(template: Template, kind: 'html' | 'text', contents: readonly string[], n: Neutralizer): string {
  return joinNeutral(template.parts, contents, template.slots.map((slot) => slot.place !== 'url'), edgesOf(template.parts, kind), n);
}

/**
 * Swaps every token for the dialect's merge tag, byte for byte, in the finished HTML and text:
 * nothing runs afterwards that could encode `|`, `{` or `[`, or escape a quote. Typed text
 * beside a tag gets a word joiner where the two would open a tag together.
 */
export function applyDialect(html: string, text: string, dialect: Dialect): { html: string; text: string } {
  const lang = langOf(html);
  const tags = new Map<string, string>();
  const tag = (spec: PlaceholderSpec) => {
    const key = tokenFor(spec);
    let value = tags.get(key);
    if (value === undefined) {
      value = dialectTag(dialect, spec, lang);
      if (typeof value !== 'string' || !value || hasPlaceholder(value)) throw new DialectError(`dialect "${dialect.name}": the tag for ${spec.name} must be a non-empty string, got ${JSON.stringify(value)}`);
      tags.set(key, value);
    }
    return value;
  };
  const n = neutralizerOf(dialect);
  const htmlT = htmlTemplate(html);
  const htmlTags = htmlT.slots.map((slot) => {
    const value = tag(slot.spec);
    // Only `"` ends a double-quoted attribute value; `<%…%>` may stand in an href as it is.
    if (slot.place !== 'text' && value.includes('"')) {
      throw new DialectError(`dialect "${dialect.name}": the tag for ${slot.spec.name} (${value}) contains a double quote and cannot stand inside an HTML attribute; use the placeholder in text, or without a fallback`);
    }
    return value;
  });
  const textT = textTemplate(text);
  return { html: fillNeutral(htmlT, 'html', htmlTags, n), text: fillNeutral(textT, 'text', textT.slots.map((slot) => tag(slot.spec)), n) };
}

/**
 * Swaps the placeholders in a plain string that is not part of the rendered issue, such as a
 * subject line, for the dialect's merge tags.
 */
export function dialectText(text: string, dialect: Dialect, lang: string): string {
  return fill(textTemplate(text), (slot) => dialectTag(dialect, slot.spec, lang));
}

/** Throws when rendered HTML still holds placeholders: they need a dialect or per-recipient values. */
export function assertNoPlaceholders(html: string): void {
  if (!hasPlaceholder(html)) return;
  const names = [...new Set(Array.from(html.matchAll(TOKEN_PATTERN), (m) => specOf(m).name))];
  throw new PlaceholderPlacementError(
    `the issue holds placeholders (${names.join(', ')}): pass { dialect } to renderEmail for a mail service, or fill them per recipient with prepareIssue(…).personalize(values)`,
  );
}
