import { findForbiddenCharacter, forbiddenCharacterMessage, isHttpsUrl } from '../base/values';
import { hasPlaceholder, type PlaceholderKind } from '../base/values/placeholder';
import { TEXT_WHITESPACE } from '../render/textBuilder';

/**
 * The rules for per-recipient values. They come from outside (a CRM, a CSV export, a JSON API),
 * so they get the issue schema's own rules for text and links, plus what a merge field needs:
 * only the values object's own properties are read, and every refusal names the field, the
 * problem and what to write instead.
 */

/** One thing wrong with a recipient's values; `field` is absent when the values object itself is wrong. */
export interface PersonalizeProblem {
  field?: string;
  message: string;
}

export class PersonalizeError extends Error {
  override name = 'PersonalizeError';
  /** Each problem with the field it is about. */
  readonly problems: readonly PersonalizeProblem[];
  /** The recipient's position in `copies(recipients)`, counted from 0; absent for `personalize(values)`. */
  readonly recipient: number | undefined;

  constructor(problems: string | readonly PersonalizeProblem[], recipient?: number) {
    // A string is a whole message about the issue or the call (prepareIssue's own errors); a list is about one recipient's values.
    const list = typeof problems === 'string' ? [{ message: problems }] : problems;
    const where = recipient === undefined ? 'personalize' : `personalize: recipient ${recipient}`;
    super(typeof problems === 'string' ? problems : list.map((p) => `${where}: ${p.field === undefined ? '' : `field "${p.field}" `}${p.message}`).join('\n'));
    this.problems = list;
    this.recipient = recipient;
  }

  /** The same problems, said of recipient `index` of a run of copies. */
  forRecipient(index: number): PersonalizeError {
    return new PersonalizeError(this.problems, index);
  }
}

const URL_EXAMPLE = '"https://www.example.org/abmelden?id=42"';

/** Characters a browser drops, repairs or shows differently from what it opens. */
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\s\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Characters a URL must percent-encode, the delimiters of merge-tag dialects (a mail service would read them as its own tags), and a `%` that starts no escape. */
const URL_UNSAFE = /["'<>\\^`{|}[\]]|%(?![0-9A-Fa-f]{2})/;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * A value for an error message: quoted, shortened, and with every invisible or direction-changing
 * character written as `\u…`, so that a log shows what was given instead of acting on it.
 */
export function showValue(value: string): string {
  const shown = value.length > 100 ? `${value.slice(0, 100)}…` : value;
  return JSON.stringify(shown).replace(new RegExp(HIDDEN.source, 'g'), (c) => (c === ' ' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** Why a URL value is refused, or undefined when it is accepted. */
export function urlProblem(value: string): string | undefined {
  const unsafe = URL_UNSAFE.exec(value);
  const doubled = /^https:\/\/https?(?::\/*)?(?:[/?#]|$)/i.test(value);
  if (isHttpsUrl(value) && !unsafe && !doubled && !hasPlaceholder(value)) return undefined;
  const got = `got ${showValue(value)}`;
  if (doubled) return `has its scheme twice ("https://https…"); give the URL once, ${got}`;
  const hidden = HIDDEN.exec(value);
  if (hidden) {
    const c = hidden[0];
    const what = /\s/.test(c) && c.charCodeAt(0) < 0x80 ? `whitespace (${codePoint(c)})` : `${codePoint(c)}, an invisible or control character`;
    return `contains ${what} at character ${hidden.index + 1}: browsers drop or repair it, so the address a reader sees is not the one that opens; remove it or percent-encode it (a space as %20), ${got}`;
  }
  if (/^https:(?!\/\/)/i.test(value)) return `must start with "https://" and the host: "https:host" and "https:/host" are read as relative links by some clients, ${got}; write e.g. ${URL_EXAMPLE}`;
  if (/^http:/i.test(value)) return `must be an https URL (an http link is sent unencrypted and webmails warn about it), ${got}; write e.g. ${URL_EXAMPLE}`;
  if (!/^https:\/\//i.test(value)) return `must be an absolute https URL (no javascript:, data:, mailto:, relative path or merge tag), ${got}; write e.g. ${URL_EXAMPLE}`;
  const backslash = value.indexOf('\\');
  if (backslash >= 0) return `contains a backslash at character ${backslash + 1}, which browsers read as "/" (so the host may not be the one shown); percent-encode it as %5C, ${got}`;
  const authority = value.slice(8).split(/[/?#]/, 1)[0]!;
  const at = authority.lastIndexOf('@');
  if (at >= 0) {
    return `has "${authority.slice(0, at + 1)}" before its host: a reader sees ${showValue(authority.slice(0, at))} but the link opens ${showValue(authority.slice(at + 1))}; give the host right after "https://", ${got}`;
  }
  if (unsafe?.[0] === '%') return `has a "%" at character ${unsafe.index + 1} that starts no escape (write %25 for a percent sign, or an escape such as %C3%BC), ${got}`;
  if (unsafe) return `contains ${showValue(unsafe[0])}, which must be percent-encoded in a URL (a mail service would read {, [, | or < as its own merge tags), ${got}`;
  if (hasPlaceholder(value)) return `holds a placeholder token; give the recipient's own URL, ${got}`;
  return `must be an absolute https URL with a host, ${got}; write e.g. ${URL_EXAMPLE}`;
}

/** Why a text value is refused (the issue schema's plain-text rule), or undefined. */
export function textProblem(value: string): string | undefined {
  const found = findForbiddenCharacter(value);
  if (found) return `${forbiddenCharacterMessage(found)}; remove it`;
  if (hasPlaceholder(value)) return `holds a placeholder token (${showValue(value)}); give the recipient's own value`;
  return undefined;
}

/** The plain-text part's whitespace: a run of it reads as one space, and none at a block's edges. */
const WHITESPACE = new RegExp(TEXT_WHITESPACE.source, 'g');

/**
 * How a text value is read: whitespace runs as one space (as HTML reads them), and trimmed of
 * all Unicode whitespace (as the issue schema trims its strings).
 */
export function normalizeTextValue(value: string): string {
  return value.replace(WHITESPACE, ' ').trim();
}

/**
 * A recipient's values by field, read from the object's own enumerable properties only: a value
 * inherited from a prototype (`Object.create({ firstName })`, a polluted `Object.prototype`) is
 * not the recipient's, and a `__proto__` key from `JSON.parse` is an unknown field like any other.
 * Throws a `PersonalizeError` listing every problem.
 */
export function readValues(values: unknown, kinds: ReadonlyMap<string, PlaceholderKind>, urlsRequired: boolean): Map<string, string> {
  if (values === null || typeof values !== 'object' || Array.isArray(values)) {
    throw new PersonalizeError([{ message: `values must be an object { fieldName: value }, e.g. { firstName: "Anna", unsubscribeUrl: ${URL_EXAMPLE} }, got ${values === null ? 'null' : Array.isArray(values) ? 'an array' : `a ${typeof values}`}` }]);
  }
  const problems: PersonalizeProblem[] = [];
  const given = new Map<string, string>();
  for (const key of Object.keys(values)) {
    const value = (values as Record<string, unknown>)[key];
    if (!kinds.has(key)) {
      problems.push({ field: key, message: `is not a placeholder of this issue (it has: ${[...kinds.keys()].join(', ') || 'none'}); leave it out` });
      continue;
    }
    if (value === undefined) continue;
    if (typeof value !== 'string') {
      problems.push({ field: key, message: `must be a string, got ${value === null ? 'null' : `a ${typeof value}`}` });
      continue;
    }
    const problem = kinds.get(key) === 'url' ? urlProblem(value) : textProblem(value);
    if (problem) problems.push({ field: key, message: problem });
    else given.set(key, value);
  }
  if (urlsRequired) {
    for (const [name, kind] of kinds) {
      if (kind === 'url' && !given.has(name) && !problems.some((p) => p.field === name)) {
        problems.push({ field: name, message: `is required: the recipient's own absolute https URL, e.g. ${URL_EXAMPLE}` });
      }
    }
  }
  if (problems.length) throw new PersonalizeError(problems);
  return given;
}
