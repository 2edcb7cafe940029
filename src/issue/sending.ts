import * as z from 'zod';
import { href, nonEmpty } from '../base/fields';
import { isMailtoHref } from '../base/values/href';

/**
 * What the issue needs to become a message rather than a page: the subject, the sender and the
 * unsubscribe targets. The unsubscribe URL is one fact used twice — the footer link and the
 * `List-Unsubscribe` header — so it is written once, here.
 */
export const sendingFields = {
  /** The subject line. @default title */
  subject: nonEmpty.refine((v) => v.length <= 200, { error: 'must be at most 200 characters' }).optional(),
  /** The sender: `{ name, address }`. Required for the `.eml` message. */
  from: z
    .object(
      { name: nonEmpty.optional(), address: z.email({ error: (i) => `must be an e-mail address, got ${JSON.stringify(i.input)}` }) },
      { error: 'must be { name?, address }' },
    )
    .strict()
    .optional(),
  /** Unsubscribe targets: the footer link and the List-Unsubscribe header. */
  unsubscribe: z
    .object(
      {
        /** The one-click unsubscribe page: an https URL (RFC 8058) or an ESP merge tag. */
        url: href,
        /** An address that unsubscribes whoever writes to it, e.g. `mailto:abmelden@example.org?subject=unsubscribe`. */
        mailto: z
          .string({ error: 'must be a mailto: URL string' })
          .refine(isUnsubscribeMailto, {
            error: (i) => `must be mailto: with one plain address and at most ?subject= and &body=, got ${JSON.stringify(i.input)}`,
          })
          .optional(),
      },
      { error: 'must be { url, mailto? }' },
    )
    .strict()
    .optional(),
};

/**
 * `mailto:abmelden@example.org?subject=unsubscribe`: unlike a link in the text, the
 * List-Unsubscribe target may carry a subject and body (RFC 2369), which the mail service sends.
 */
function isUnsubscribeMailto(value: string): boolean {
  return isMailtoHref(value);
}

interface UnsubscribeSpelling {
  unsubscribe?: { url: string };
  footer: { unsubscribeUrl?: string };
}

/** The unsubscribe URL is given exactly once: `unsubscribe.url`, or the older `footer.unsubscribeUrl`. */
export function checkUnsubscribeOnce(data: unknown, ctx: z.RefinementCtx): void {
  // Called on the raw data, whatever else is wrong with it: only the two spellings are looked at.
  const issue = data as UnsubscribeSpelling;
  if (typeof issue !== 'object' || issue === null || typeof issue.footer !== 'object' || issue.footer === null) return;
  if (issue.unsubscribe && issue.footer.unsubscribeUrl !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['footer', 'unsubscribeUrl'],
      message: 'must not be given together with unsubscribe.url: write the unsubscribe URL once, in unsubscribe.url',
    });
  }
  if (!issue.unsubscribe && issue.footer.unsubscribeUrl === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['unsubscribe'],
      message: 'is required: { url } of the one-click unsubscribe page, used by the footer link and the List-Unsubscribe header',
    });
  }
}

/** The one unsubscribe URL of an issue. */
export function unsubscribeUrlOf(issue: UnsubscribeSpelling): string {
  return issue.unsubscribe?.url ?? issue.footer.unsubscribeUrl!;
}
