import * as z from 'zod';
import { isUrlPlaceholder } from './values/placeholder';

/**
 * Field rules shared by the component props and the issue data schema. Each message says what
 * is wrong and what to do; `validateProps` prefixes it with the component and the prop path.
 */

/** ESP merge tags that stand for a whole URL: `{{unsubscribe_url}}`, `{{{unsubscribe}}}`, `*|UNSUB|*`, `%%unsubscribe%%`. */
const MERGE_TAG = /^(\{\{\{?\s*[\w.-]+\s*\}?\}\}|\*\|[A-Z0-9_:]+\|\*|%%[\w_-]+%%)$/;

export function isSafeHref(value: string): boolean {
  if (MERGE_TAG.test(value) || isUrlPlaceholder(value)) return true;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol === 'https:' || url.protocol === 'http:') return url.hostname.length > 0;
  if (url.protocol === 'mailto:') return url.pathname.includes('@');
  if (url.protocol === 'tel:') return /^\+?[\d\s()./-]{3,}$/.test(decodeURIComponent(url.pathname));
  return false;
}

export const href = z
  .string({ error: 'must be a URL string' })
  .refine(isSafeHref, {
    error: (issue) =>
      `must be an absolute https:, http:, mailto: or tel: URL (or an ESP merge tag such as {{unsubscribe_url}}), got ${JSON.stringify(issue.input)}`,
  });

export const nonEmpty = z.string({ error: 'must be a string' }).trim().min(1, { error: 'must not be empty' });

/** `"top" or "left"`, `one of "a", "b", "c"`: the choices an error message offers. */
export function choices(values: readonly string[]): string {
  const quoted = values.map((v) => JSON.stringify(v));
  return quoted.length > 2 ? `one of ${quoted.join(', ')}` : quoted.join(' or ');
}

/**
 * One of a variant object's values (`ImagePosition`, `CallToActionAlign`): the object is the one
 * list, the schema and the error message are read from it.
 */
export function oneOf<const T extends Record<string, string>>(variants: T) {
  return z.enum(variants, { error: (issue) => `must be ${choices(Object.values(variants))}, got ${JSON.stringify(issue.input)}` });
}

const pixels = (what: string) =>
  z.number({ error: `must be the image's ${what} in px (a number)` }).int({ error: `must be a whole number of px` }).positive({ error: 'must be greater than 0' });

export const image = z.object(
  {
    /** Absolute https URL. */
    src: href,
    /** What the image shows; `""` only for a purely decorative one. */
    alt: z.string({
      error: (issue) =>
        issue.input === undefined
          ? 'is required: describe the image for screen readers and blocked images, or pass "" for a purely decorative one'
          : 'must be a string',
    }),
    /** Width in px; a news image is scaled down to the column, never up. */
    width: pixels('width'),
    /** Height in px. */
    height: pixels('height'),
    /** Rights holder, shown as "Foto: …" under the image. */
    credit: nonEmpty.optional(),
  },
  { error: 'must be an object { src, alt, width, height }' },
);

export class NewsletterPropError extends Error {
  override name = 'NewsletterPropError';
  constructor(
    readonly component: string,
    readonly problems: { prop: string; message: string }[],
  ) {
    super(problems.map((p) => `${component}: prop "${p.prop}" ${p.message}`).join('\n'));
  }
}

/** Checks a component's props against its schema; throws one error that lists every problem. */
export function validateProps<T>(component: string, schema: z.ZodType<T>, props: unknown): T {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  throw new NewsletterPropError(
    component,
    result.error.issues.map((issue) => ({
      prop: issue.path.map(String).join('.') || '(props)',
      message: issue.message,
    })),
  );
}
