import * as z from 'zod';

/**
 * How error messages show a value and name what is missing. Every value schema in this folder
 * words its errors through these, so that a missing value always reads "is required" and a
 * wrong one always shows what was given.
 */

const MAX_SHOWN = 80;

/** A short, printable rendering of any input for an error message. */
export function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (typeof input === 'number') return Number.isNaN(input) ? 'NaN' : String(input);
  if (typeof input === 'string') {
    const shown = input.length > MAX_SHOWN ? `${input.slice(0, MAX_SHOWN)}…` : input;
    // JSON.stringify escapes control characters, so the message shows where they are.
    return `${JSON.stringify(shown)}${input.length > MAX_SHOWN ? ` (${input.length} characters)` : ''}`;
  }
  if (Array.isArray(input)) return 'an array';
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? 'an invalid Date' : 'a Date';
  return `a ${typeof input}`;
}

/** zod error option: "is required: <expected>" when missing, else "must be <expected>, got <input>". */
export function expected(what: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `is required: ${what}` : `must be ${what}, got ${describeInput(issue.input)}`;
}

/** Levenshtein distance, for suggesting the key an editor probably meant. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The known key closest to `key`, if it is close enough to be a plausible slip. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(key, candidate);
    if (!best || distance < best.distance) best = { key: candidate, distance };
  }
  if (!best) return undefined;
  const close = best.distance <= Math.max(2, Math.floor(best.key.length / 3));
  // Synonyms are not within edit distance: the usual ones get a suggestion too.
  const synonyms = Object.hasOwn(SYNONYMS, key.toLowerCase()) ? SYNONYMS[key.toLowerCase()] : undefined;
  return close ? best.key : synonyms?.find((k) => known.includes(k));
}

const SYNONYMS: Record<string, string[]> = {
  headline: ['title'],
  heading: ['title'],
  name: ['title'],
  url: ['href', 'src'],
  link: ['href'],
  body: ['paragraphs'],
  text: ['paragraphs'],
  language: ['lang'],
  locale: ['lang'],
  unsubscribe: ['unsubscribeUrl'],
  mail: ['email'],
};

export function unknownKeysMessage(keys: readonly string[], known: readonly string[]): string {
  return keys
    .map((key) => {
      const guess = closestKey(key, known);
      return `unknown key ${JSON.stringify(key)}${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''}`;
    })
    .join('; ')
    .concat(known.length ? ` — known keys: ${known.join(', ')}` : '');
}

/**
 * An object of named fields that refuses unknown keys (a misspelt key is an error with a
 * suggestion, never silently ignored) and says "is required" when the whole object is missing.
 *
 * Typed with the shape as written (zod's own return type maps it through `Writeable`, the same
 * fields): the declaration files then keep the JSDoc of each field, so that an editor shows a
 * prop's documentation on hover.
 */
export function record<Shape extends z.ZodRawShape>(shape: Shape, what: string): z.ZodObject<Shape, z.core.$strict> {
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        const inst = (issue as { inst?: { shape?: Record<string, unknown> } }).inst;
        return unknownKeysMessage(issue.keys, Object.keys(inst?.shape ?? shape));
      }
      return expected(what)(issue);
    },
  });
}

/**
 * A union that parses the input with the one option it evidently means (`pick` says which, by
 * its shape), so that an error names the field inside that option with its full path ("href is
 * required") instead of zod's bare "Invalid input" for the union as a whole.
 */
export function byShape<const Options extends readonly [z.ZodType, z.ZodType, ...z.ZodType[]]>(
  options: Options,
  pick: (input: unknown) => number | undefined,
  what: string,
): z.ZodUnion<Options> {
  const routed = z.unknown().transform((input, ctx) => {
    const index = input === undefined ? undefined : pick(input);
    const option = index === undefined ? undefined : options[index];
    if (!option) {
      ctx.addIssue({ code: 'custom', message: expected(what)({ input }), input });
      return z.NEVER;
    }
    const result = option.safeParse(input);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ ...issue, input } as Parameters<typeof ctx.addIssue>[0]);
    return z.NEVER;
  });
  // The routed parser accepts exactly what the union accepts; typed as the union so that
  // `z.input`/`z.output` of the schemas built from it stay precise.
  return routed as unknown as z.ZodUnion<Options>;
}
