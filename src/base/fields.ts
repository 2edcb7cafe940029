import * as z from 'zod';
import { calendarDate, emailAddress, href, imageSrc, NewsletterPropError, plainTextOf, record, text } from './values';

/**
 * Field rules shared by the component props and the issue data schema, composed from the value
 * definitions in `values/`. Each message says what is wrong and what to do; `validateProps`
 * prefixes it with the component and the prop path.
 */

export { href, isSafeHref, NewsletterPropError } from './values';

/** Plain text with something in it (no control or bidi override characters), trimmed. */
export const nonEmpty = text;

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
  z
    .number({ error: (issue) => (issue.input === undefined ? `is required: the image's ${what} in px` : `must be the image's ${what} in px (a number)`) })
    .int({ error: `must be a whole number of px` })
    .positive({ error: 'must be greater than 0' });

export const image = record(
  {
    /** Absolute https URL. */
    src: imageSrc,
    /** What the image shows; `""` only for a purely decorative one. */
    alt: plainTextOf('a description of the image for screen readers and blocked images, or "" for a purely decorative one'),
    /** Width in px; a news image is scaled down to the column, never up. */
    width: pixels('width'),
    /** Height in px. */
    height: pixels('height'),
    /** Rights holder, shown as "Foto: …" under the image. */
    credit: nonEmpty.optional(),
  },
  'an object { src, alt, width, height, credit? }',
);

/**
 * A component's props without `data-*` attributes. React Email's preview (`email dev`) adds
 * `data-source-file` and `data-source-line` to every element of an email it compiles, ours
 * included; they say where the element was written and mean nothing to a block, so a block
 * accepts and ignores them rather than calling them unknown keys.
 */
export function withoutDataAttributes<T extends object>(props: T): T {
  if (!Object.keys(props).some((key) => key.startsWith('data-'))) return props;
  return Object.fromEntries(Object.entries(props).filter(([key]) => !key.startsWith('data-'))) as T;
}

/** Checks a component's props against its schema; throws one error that lists every problem. */
export function validateProps<T>(component: string, schema: z.ZodType<T>, props: unknown): T {
  // `children` is React's, not data: the schemas are strict and would call it an unknown key.
  const data = typeof props === 'object' && props !== null && 'children' in props ? (({ children: _, ...rest }) => rest)(props as { children?: unknown }) : props;
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new NewsletterPropError(
    component,
    result.error.issues.map((issue) => ({
      prop: issue.path.map(String).join('.'),
      message: issue.message,
      path: issue.path.filter((key): key is string | number => typeof key !== 'symbol'),
    })),
  );
}

/**
 * The field rules of the built-in blocks, for the schema of a block of your own: the same
 * checks and the same error messages ("must be an absolute https:, http:, mailto: or tel: URL …").
 */
export const fields = {
  /** Plain text with something in it (no control or bidi override characters), trimmed. */
  text: nonEmpty,
  /** A link target: absolute https/http, mailto: with one address, tel:, or a whole ESP merge tag. */
  href,
  /** An image `{ src, alt, width, height, credit? }` with an https source. */
  image,
  /** A calendar day: ISO `YYYY-MM-DD` or a `Date` in, a `CalendarDay` out. */
  date: calendarDate,
  /** An e-mail address. */
  email: emailAddress,
  /** An object of named fields that refuses unknown keys with a suggestion: `fields.record({ … }, 'a job { title, href }')`. */
  record,
  /** One of a variant object's values: `fields.oneOf({ small: 'small', large: 'large' })`. */
  oneOf,
} as const;
