import * as z from 'zod';
import { expected } from './describe';

/**
 * Plain text as editors write it. Line ends as Word, Windows and old Macs write them (CRLF, a
 * lone CR) read as a newline (LF), as HTML parsers read them too. Other control characters (NUL,
 * ESC, C1 controls) and the bidi embedding/override/isolate controls are refused: they corrupt
 * the text part, fool client-support checks, or make a link or sender read backwards (U+202E).
 * A lone surrogate cannot be encoded and is refused too. Everything else passes as typed: soft
 * hyphens, zero-width joiners in emoji, LRM/RLM marks, typographic quotes, no-break spaces.
 */

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** CRLF and a lone CR as LF: "Absatz\r\nzwei" → "Absatz\nzwei". */
export function normalizeLineEnds(value: string): string {
  return value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value;
}

const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x1b: 'ESC',
  0x7f: 'DEL',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

export interface ForbiddenCharacter {
  /** Index in the string (UTF-16 code units). */
  index: number;
  /** "U+202E (RIGHT-TO-LEFT OVERRIDE)". */
  name: string;
}

/**
 * A first look with one character class (surrogates of any kind included), several times faster
 * on a whole email's HTML; only a string it flags (an emoji is enough) gets the exact test.
 */
// eslint-disable-next-line no-control-regex
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/;

export function findForbiddenCharacter(value: string): ForbiddenCharacter | undefined {
  if (!MAYBE_FORBIDDEN.test(value)) return undefined;
  const m = FORBIDDEN.exec(value);
  if (!m) return undefined;
  const code = m[0].charCodeAt(0);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const label = NAMES[code] ?? (code >= 0xd800 && code <= 0xdfff ? 'lone surrogate' : 'control character');
  return { index: m.index, name: `${hex} (${label})` };
}

export function isPlainText(value: unknown): value is string {
  return typeof value === 'string' && findForbiddenCharacter(value) === undefined;
}

export function forbiddenCharacterMessage(found: ForbiddenCharacter): string {
  return `contains ${found.name} at character ${found.index + 1}: control characters (other than tab and line ends) and bidi override characters are not allowed; remove it, or write a line break as a new line and right-to-left text without overrides (Unicode reads "مرحبا 2024" in order by itself; an LRM/RLM mark may set a number's side)`;
}

/** Plain text, possibly empty, with line ends as LF; `what` words the "is required" / "must be" message. */
export function plainTextOf(what: string) {
  return z.string({ error: expected(what) }).transform(normalizeLineEnds).superRefine((value, ctx) => {
    const found = findForbiddenCharacter(value);
    if (found) ctx.addIssue({ code: 'custom', message: forbiddenCharacterMessage(found), input: value });
  });
}

/** Any plain text, possibly empty. */
export const plainText = plainTextOf('a string');

/** Plain text with something in it; surrounding whitespace is trimmed. */
export const text = plainText.pipe(z.string().trim().min(1, { error: 'must not be empty: write the text as it should read, or leave out a field that is optional' }));
