import * as z from 'zod';
import { describeInput, expected } from './describe';
import { isEmailAddress } from './email';
import { isUrlPlaceholder } from './placeholder';
import { isWebUrl } from './url';

/**
 * Where a link may go: a web address, a `mailto:` with one plain address and at most a
 * `subject` and a `body` (RFC 6068; no `cc`, `bcc`, `to` or other header that would add a
 * recipient the reader does not see), a `tel:` with a dialable number, or an ESP merge tag
 * standing for the whole URL, or a typed URL placeholder (`placeholder.ts`).
 */

/** ESP merge tags for a whole URL, balanced: `{{unsubscribe_url}}`, `{{{unsubscribe}}}`, `*|UNSUB|*`, `%%unsubscribe%%`. */
const MERGE_TAG = /^(?:\{\{\s*[\w.-]+\s*\}\}|\{\{\{\s*[\w.-]+\s*\}\}\}|\*\|[A-Z0-9_:]+\|\*|%%[\w-]+%%)$/;
const TEL = /^\+?[\d ()./-]{3,32}$/;

export function isMergeTag(value: unknown): value is string {
  return typeof value === 'string' && MERGE_TAG.test(value);
}

function decode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

export function isTelHref(value: unknown): value is string {
  if (typeof value !== 'string' || !/^tel:/i.test(value)) return false;
  const number = decode(value.slice(4));
  return number !== undefined && TEL.test(number) && (number.match(/\d/g)?.length ?? 0) >= 3;
}

/** The header fields a `mailto:` link may carry: what the reader sees in the draft before sending. */
const MAILTO_FIELDS = new Set(['subject', 'body']);
// A line break in the subject would start a header of its own in some clients.
// eslint-disable-next-line no-control-regex
const SUBJECT_UNSAFE = /[\u0000-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex
const BODY_UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Why a `mailto:` URL is refused, or `undefined` when it is one plain address with at most a
 * subject and a body, percent-encoded as RFC 6068 says: `mailto:redaktion@example.org?subject=Abmelden`.
 */
export function mailtoProblem(value: string): string | undefined {
  if (!/^mailto:/i.test(value)) return 'does not start with mailto:';
  if (/[\s<>"\\]/.test(value)) return 'has spaces, <, >, " or \\ (percent-encode them: %20 for a space)';
  const query = value.indexOf('?');
  const address = value.slice(7, query < 0 ? undefined : query);
  // The address as the reader sees it in the link: no percent-encoding that would show another one.
  if (!isEmailAddress(address)) return `must name one plain address, as typed, e.g. mailto:redaktion@example.org (got ${JSON.stringify(address)})`;
  if (query < 0) return undefined;
  for (const field of value.slice(query + 1).split('&')) {
    if (field === '') continue;
    const eq = field.indexOf('=');
    const name = decode(eq < 0 ? field : field.slice(0, eq))?.toLowerCase();
    const content = decode(eq < 0 ? '' : field.slice(eq + 1));
    if (name === undefined || content === undefined) return 'has a broken percent-encoding';
    if (!MAILTO_FIELDS.has(name)) return `may carry only subject and body, not "${name}" (a cc, bcc or to would add a recipient the reader does not see)`;
    if ((name === 'subject' ? SUBJECT_UNSAFE : BODY_UNSAFE).test(content)) return `has a control character in its ${name}`;
  }
  return undefined;
}

export function isMailtoHref(value: unknown): value is string {
  return typeof value === 'string' && mailtoProblem(value) === undefined;
}

/** True for every value the `href` schema accepts. */
export function isSafeHref(value: unknown): value is string {
  return isWebUrl(value) || isMailtoHref(value) || isTelHref(value) || isMergeTag(value) || (typeof value === 'string' && isUrlPlaceholder(value));
}

export const href = z
  .string({ error: expected('a URL (https://…, mailto:…, tel:…) or a merge tag such as {{unsubscribe_url}}') })
  .refine(isSafeHref, {
    error: (issue) =>
      `must be an absolute https:, http:, mailto: or tel: URL or a whole ESP merge tag${typeof issue.input === 'string' && /^mailto:/i.test(issue.input) ? `: this mailto: ${mailtoProblem(issue.input)}` : ''}; write e.g. "https://www.example.org/seite", "mailto:redaktion@example.org?subject=Abmelden", "tel:+49302063156" or "{{unsubscribe_url}}" (https:// or http:// with a host, no user@, spaces or backslashes); got ${describeInput(issue.input)}`,
  });
