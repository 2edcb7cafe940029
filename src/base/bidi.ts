/**
 * Right-to-left text and the left-to-right values inside it. A Latin name, a postal code or a
 * phone number inside Arabic or Hebrew keeps its own order only when the bidi algorithm knows
 * where it starts and ends: "+49 30 5557 2210" would otherwise show its groups from the right,
 * and "Vitako e.V." its last full stop on the wrong side.
 *
 * Isolation is written with the directional marks LRM and RLM (U+200E, U+200F) rather than
 * `<bdi>` or `dir="auto"`: caniemail 2.0.2 has `<bdi>` unsupported in Gmail, Outlook, Yahoo and
 * GMX, and GMX and WEB.DE strip `dir`; a mark is a character, which every client keeps, the
 * plain-text part included. This file imports nothing.
 */

/** Which way a language is written: left to right, or right to left (Arabic, Hebrew, Persian, Urdu). */
export type Direction = 'ltr' | 'rtl';

export const LRM = '\u200E';
export const RLM = '\u200F';

/**
 * Letters written right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and
 * their presentation forms, the Arabic letter mark and RLM; and the same blocks in the
 * supplementary planes (Imperial Aramaic to Adlam).
 */
const RTL_CHARACTER = /[\u0590-\u05FF\u0600-\u065F\u066A-\u06EF\u06FA-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u061C\u200F]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
/** Letters of every other script, and LRM: strong left to right. */
const LTR_CHARACTER = /[\p{L}\u200E]/u;
/** Digits: weak, they follow their neighbours, but a run of them is read left to right. */
const DIGIT = /[\p{Nd}]/u;

/** The direction of a text's first strong character ("dir=auto"), or undefined when it has none. */
export function firstStrong(text: string): Direction | undefined {
  for (const character of text) {
    if (RTL_CHARACTER.test(character)) return 'rtl';
    if (LTR_CHARACTER.test(character)) return 'ltr';
  }
  return undefined;
}

/**
 * A value placed inside text of direction `dir` (a name after a label, a place before a date),
 * isolated so that it keeps its own order: in right-to-left text, a value that starts left to
 * right, or that has no letters but digits (a phone number, a postal code), is set between two
 * LRMs. Everything else is returned as it is — in left-to-right text always, so that an issue in
 * German or English is not changed by a byte.
 */
export function isolate(value: string, dir: Direction): string {
  if (dir === 'ltr' || value === '') return value;
  const first = firstStrong(value);
  if (first === 'rtl') return value;
  if (first === undefined && !DIGIT.test(value)) return value;
  return `${LRM}${value}${LRM}`;
}

/** Direction marks, embeddings and isolates (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text without its direction marks, for rules that read words and numbers ("10117 Berlin") out
 * of right-to-left text, where the marks isolate them.
 */
export function withoutBidiMarks(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** The direction an HTML document declares on `<html dir>`: `rtl`, or `ltr` for anything else. */
export function documentDir(html: string): Direction {
  return /^[^]*?<html\b[^>]*\sdir="rtl"/i.test(html.slice(0, 4096)) ? 'rtl' : 'ltr';
}

/**
 * A line of the plain-text part of a right-to-left email, as plain-text readers lay it out: each
 * line is a paragraph of its own, whose direction they take from its first strong character. A
 * line of Arabic that starts with a Latin name ("ITDZ: …", a wrapped line that begins with "IT
 * Baden-Württemberg") gets an RLM in front, so that it reads right to left like the lines around
 * it. Lines without right-to-left letters (a URL, the rule) stay as they are.
 */
export function rtlTextLine(line: string): string {
  return RTL_CHARACTER.test(line) && firstStrong(line) !== 'rtl' ? RLM + line : line;
}
