import * as z from 'zod';
import { describeInput, expected } from './describe';

/**
 * An absolute web address with a host. Read by the WHATWG URL parser (what browsers and
 * webmails use), after refusing what that parser quietly repairs: `https:host` and
 * `https:/host` (relative to a webmail's own address in some clients), backslashes, whitespace
 * and control characters. User info is refused: `https://www.bank.example@evil.example/`
 * shows one host and opens another.
 */

const SHAPE = /^(https?):\/\/[^/\\?#\s@]/i;
// Whitespace, controls, backslashes, invisible format characters (soft hyphen, zero-width,
// direction marks, bidi controls, BOM) and lone surrogates: the parser drops or repairs them,
// so the address shown is not the address opened.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\s\u0000-\u001F\u007F-\u009F\\\u00AD\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function parseWebUrl(value: unknown, protocols: readonly string[]): URL | undefined {
  if (typeof value !== 'string' || !SHAPE.test(value) || UNSAFE_CHARACTERS.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (!protocols.includes(url.protocol) || url.hostname === '' || url.username !== '' || url.password !== '') return undefined;
  // "@" anywhere in the authority (even percent-encoded user info) is refused.
  const authority = value.slice(value.indexOf('//') + 2).split(/[/?#]/, 1)[0]!;
  return authority.includes('@') ? undefined : url;
}

/** `https://…` or `http://…` with a host. */
export function isWebUrl(value: unknown): value is string {
  return parseWebUrl(value, ['https:', 'http:']) !== undefined;
}

/** `https://…` with a host, by the same rules: a per-recipient URL that `personalize` fills in. */
export function isHttpsUrl(value: unknown): value is string {
  return parseWebUrl(value, ['https:']) !== undefined;
}

/** An image's `src`: `https://…` only (mixed content is blocked or warned about in webmails). */
export function isImageSrc(value: unknown): value is string {
  return isHttpsUrl(value);
}

export const webUrl = z
  .string({ error: expected('an absolute https:// or http:// URL') })
  .refine(isWebUrl, {
    error: (issue) => `must be an absolute https:// or http:// URL with a host (no user@, spaces or backslashes), e.g. "https://www.example.org/seite", got ${describeInput(issue.input)}`,
  });

export const imageSrc = z
  .string({ error: expected('an absolute https:// image URL') })
  .refine(isImageSrc, {
    error: (issue) => `must be an absolute https:// image URL with a host (no http:, mailto:, tel: or merge tag), e.g. "https://www.example.org/bild.jpg", got ${describeInput(issue.input)}`,
  });
