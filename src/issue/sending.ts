import * as z from 'zod';
import { href, nonEmpty } from '../base/fields';
import { isMailtoHref } from '../base/values/href';

/** A header's text: one line (a line break would end the header, and `=0A` is no name). */
const headerText = (max: number) =>
  nonEmpty
    .refine((v) => !/[\n\t]/.test(v), { error: (i) => `must be one line without tabs (it is written into a mail header), got ${JSON.stringify(i.input)}` })
    .refine((v) => v.length <= max, { error: `must be at most ${max} characters` });

/**
 * A URL as it stands between `<` and `>` in List-Unsubscribe (RFC 2369): it may not hold the
 * characters that end it or start the next target, nor be longer than a header line may be.
 */
function headerUrlProblem(value: string): string | undefined {
  const found = /[<>,"]/.exec(value);
  if (found) return `must not contain ${JSON.stringify(found[0])}: in the List-Unsubscribe header it ends the URL or starts another target; percent-encode it (${encodeURIComponent(found[0])})`;
  if (value.length > MAX_HEADER_URL) return `must be at most ${MAX_HEADER_URL} characters to fit on one header line (RFC 5322 allows 998 octets), got ${value.length}`;
  return undefined;
}
const MAX_HEADER_URL = 900;
const headerUrl = <T extends z.ZodType<string>>(schema: T) =>
  schema.superRefine((value, ctx) => {
    const problem = headerUrlProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  });

/** RFC 2919's list identifier, kept to letters, digits and hyphens in dot-separated labels: `branchenticker.vitako.de`. */
const LIST_ID = /^(?=.{3,255}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/**
 * What the issue needs to become a message rather than a page: the subject, the sender and the
 * unsubscribe targets. The unsubscribe URL is one fact used twice — the footer link and the
 * `List-Unsubscribe` header — so it is written once, here.
 */
export const sendingFields = {
  /** The subject line. @default title */
  subject: headerText(200).optional(),
  /** The sender: `{ name, address }`. Required for the `.eml` message. */
  from: z
    .object(
      { name: headerText(200).optional(), address: z.email({ error: (i) => `must be an e-mail address, got ${JSON.stringify(i.input)}` }) },
      { error: 'must be { name?, address }' },
    )
    .strict()
    .optional(),
  /** Unsubscribe targets: the footer link and the List-Unsubscribe header. */
  unsubscribe: z
    .object(
      {
        /** The one-click unsubscribe page: an https URL (RFC 8058) or an ESP merge tag. */
        url: headerUrl(href),
        /** An address that unsubscribes whoever writes to it, e.g. `mailto:abmelden@example.org?subject=unsubscribe`. */
        mailto: headerUrl(
          z.string({ error: 'must be a mailto: URL string' }).refine(isUnsubscribeMailto, {
            error: (i) => `must be mailto: with one plain address and at most ?subject= and &body=, got ${JSON.stringify(i.input)}`,
          }),
        ).optional(),
      },
      { error: 'must be { url, mailto? }' },
    )
    .strict()
    .optional(),
  /**
   * The mailing list this issue goes to (RFC 2919 `List-Id`): `id` is a stable identifier under a
   * domain you control, the same for every issue, e.g. `branchenticker.vitako.de`, by which mail
   * clients group and filter the newsletter; `name` its description. @default name: masthead.title.
   * Required for the `.eml` message unless the mail service writes the list headers.
   */
  list: z
    .object(
      {
        id: z.string({ error: 'is required: the list identifier, e.g. branchenticker.vitako.de' }).regex(LIST_ID, {
          error: (i) => `must be a list identifier of dot-separated labels (letters, digits, hyphens) ending in a domain you control, e.g. branchenticker.vitako.de (RFC 2919), got ${JSON.stringify(i.input)}`,
        }),
        name: headerText(200).optional(),
      },
      { error: 'must be { id, name? }' },
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
