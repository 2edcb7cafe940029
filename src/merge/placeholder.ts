import { FIELD_NAME, tokenFor, type PlaceholderKind } from '../base/values/placeholder';

/** The fields every dialect knows; `custom` names must differ from these. */
export const builtInFields = { firstName: 'text', unsubscribeUrl: 'url', webViewUrl: 'url' } as const satisfies Record<string, PlaceholderKind>;

/**
 * A fallback is written into a mail service's merge tag (`*|ELSE:|*…`, `default: "…"`,
 * `[[data:…:"…"]]`), so quotes, braces, brackets, pipes and markup characters would end the tag
 * early. Letters, digits, spaces and plain punctuation cover greetings like "Leserin und Leser".
 */
const FALLBACK = /^[\p{L}\p{M}\p{N} .,!?'’-]+$/u;

export class PlaceholderError extends Error {
  override name = 'PlaceholderError';
}

function checkFallback(field: string, fallback: string | undefined): string | undefined {
  if (fallback === undefined) return undefined;
  if (typeof fallback !== 'string' || !FALLBACK.test(fallback) || fallback.trim() !== fallback || /\s{2}/.test(fallback)) {
    throw new PlaceholderError(
      `placeholder ${field}: fallback must be letters, digits, single spaces and . , ! ? ' - (it is written into the mail service's merge tag), got ${JSON.stringify(fallback)}`,
    );
  }
  return fallback;
}

export interface TextPlaceholderOptions {
  /** What a recipient without a value reads, e.g. "Leserin und Leser". */
  fallback?: string;
}

export interface CustomPlaceholderOptions extends TextPlaceholderOptions {
  /** `url` fields go into `href`s and must be filled with absolute https URLs. @default 'text' */
  kind?: PlaceholderKind;
}

/**
 * Typed merge fields. Each call returns a string to put into issue data or component props
 * (`greeting: \`Liebe ${placeholder.firstName({ fallback: 'Leserin' })},\``,
 * `unsubscribeUrl: placeholder.unsubscribeUrl()`); `prepareIssue(…).personalize(values)` fills it
 * per recipient, or `dialect` turns it into the mail service's merge tag.
 */
export const placeholder = {
  /** The recipient's first name (text). */
  firstName(options: TextPlaceholderOptions = {}): string {
    return tokenFor({ name: 'firstName', kind: 'text', fallback: checkFallback('firstName', options.fallback) });
  },
  /** The recipient's own unsubscribe link (URL). */
  unsubscribeUrl(): string {
    return tokenFor({ name: 'unsubscribeUrl', kind: 'url' });
  },
  /** The web version of this issue as the mail service hosts it (URL). */
  webViewUrl(): string {
    return tokenFor({ name: 'webViewUrl', kind: 'url' });
  },
  /** Any other field, by a plain name such as `company` or `profileUrl`. */
  custom(name: string, options: CustomPlaceholderOptions = {}): string {
    if (typeof name !== 'string' || !FIELD_NAME.test(name)) {
      throw new PlaceholderError(`placeholder.custom: name must be letters and digits starting with a letter (e.g. "company"), got ${JSON.stringify(name)}`);
    }
    if (name in builtInFields) throw new PlaceholderError(`placeholder.custom: "${name}" is built in; use placeholder.${name}()`);
    const kind = options.kind ?? 'text';
    if (kind !== 'text' && kind !== 'url') throw new PlaceholderError(`placeholder.custom(${JSON.stringify(name)}): kind must be "text" or "url", got ${JSON.stringify(kind)}`);
    if (kind === 'url' && options.fallback !== undefined) {
      throw new PlaceholderError(`placeholder.custom(${JSON.stringify(name)}): a URL field has no fallback; every recipient needs a URL`);
    }
    return tokenFor({ name, kind, fallback: checkFallback(name, options.fallback) });
  },
} as const;
