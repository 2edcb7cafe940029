import * as z from 'zod';
import { describeInput, expected } from './describe';
import { isEmailAddress } from './email';
import { isUrlPlaceholder } from './placeholder';
import { isWebUrl } from './url';

/**
 * Where a link may go: a web address, a `mailto:` with one plain address (no `?cc=`,
 * `?subject=`, no second recipient), a `tel:` with a dialable number, or an ESP merge tag
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

export function isMailtoHref(value: unknown): value is string {
  return typeof value === 'string' && /^mailto:/i.test(value) && isEmailAddress(value.slice(7));
}

/** True for every value the `href` schema accepts. */
export function isSafeHref(value: unknown): value is string {
  return isWebUrl(value) || isMailtoHref(value) || isTelHref(value) || isMergeTag(value) || (typeof value === 'string' && isUrlPlaceholder(value));
}

export const href = z
  .string({ error: expected('a URL (https://…, mailto:…, tel:…) or a merge tag such as {{unsubscribe_url}}') })
  .refine(isSafeHref, {
    error: (issue) =>
      `must be an absolute https:, http:, mailto: or tel: URL (https:// or http:// with a host and no user@; mailto: with one plain address and no "?cc=" or other query; tel: with a phone number) or a whole ESP merge tag such as {{unsubscribe_url}}; got ${describeInput(issue.input)}`,
  });
