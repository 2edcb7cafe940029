/**
 * The placeholder tokens: what a merge field looks like while the issue is rendered. A token is
 * chosen so that nothing on the render path changes it: React escapes nothing in it, juice and
 * the post-processing only touch tags, html-to-text sees one word or one URL, the href check sees
 * an absolute https URL. The token is swapped for a value or a mail service's merge tag only after
 * all of that. This file imports nothing, so that field validation can use it.
 *
 * - A text field is one word: `nkph_firstName_4c6573657269_` (name, then the fallback as hex of
 *   its UTF-8 bytes, empty when there is none).
 * - A URL field is a URL on a reserved domain (RFC 2606 `.invalid` never resolves):
 *   `https://nk.invalid/ph/unsubscribeUrl`.
 */

export type PlaceholderKind = 'text' | 'url';

export interface PlaceholderSpec {
  /** The field's name, e.g. `firstName`, `unsubscribeUrl`, or a custom name. */
  name: string;
  kind: PlaceholderKind;
  /** Text fields only: what a recipient without a value reads. */
  fallback?: string;
}

export const URL_TOKEN_PREFIX = 'https://nk.invalid/ph/';
const TEXT_TOKEN_PREFIX = 'nkph_';

/** Names are plain identifiers so that every dialect can spell them and a token stays one word. */
export const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** Every token, text or URL; group 1/2: text name/fallback hex, group 3: URL name. */
export const TOKEN_PATTERN = /nkph_([A-Za-z][A-Za-z0-9]*)_((?:[0-9a-f]{2})*)_|https:\/\/nk\.invalid\/ph\/([A-Za-z][A-Za-z0-9]*)/g;

const WHOLE_URL_TOKEN = /^https:\/\/nk\.invalid\/ph\/[A-Za-z][A-Za-z0-9]*$/;

function toHex(text: string): string {
  return Array.from(new TextEncoder().encode(text), (b) => b.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): string {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return new TextDecoder().decode(bytes);
}

export function tokenFor(spec: PlaceholderSpec): string {
  return spec.kind === 'url' ? URL_TOKEN_PREFIX + spec.name : `${TEXT_TOKEN_PREFIX}${spec.name}_${toHex(spec.fallback ?? '')}_`;
}

/** The field a token (one match of `TOKEN_PATTERN`) stands for. */
export function specOf(match: RegExpMatchArray | RegExpExecArray): PlaceholderSpec {
  if (match[3] !== undefined) return { name: match[3], kind: 'url' };
  const fallback = fromHex(match[2] ?? '');
  return fallback ? { name: match[1]!, kind: 'text', fallback } : { name: match[1]!, kind: 'text' };
}

/** A whole URL placeholder, e.g. `placeholder.unsubscribeUrl()`: a valid `href`, filled in later. */
export function isUrlPlaceholder(value: string): boolean {
  return WHOLE_URL_TOKEN.test(value);
}

/** Whether a rendered string still holds a placeholder token. */
export function hasPlaceholder(value: string): boolean {
  return value.includes(TEXT_TOKEN_PREFIX) || value.includes(URL_TOKEN_PREFIX);
}
