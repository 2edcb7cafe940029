import type { PlaceholderKind } from '../base/values/placeholder';
import type { TagOpener } from './neutralize';

const TAG_OPENERS: readonly TagOpener[] = ['{{', '{%', '*|', '[[', '<%', '%%', '{WORD}', '{word}'];

/**
 * Who writes the `List-Unsubscribe` headers: `esp` — the mail service adds them itself (writing
 * them too would duplicate them); `library` — the .eml writer adds them with a real https URL;
 * `off` — nobody (a test send).
 */
export type ListUnsubscribeMode = 'esp' | 'library' | 'off';

/** What the language contributes to a merge tag (Mailjet's unsubscribe link is per language). */
export interface DialectContext {
  lang: string;
}

/**
 * A mail service's merge-tag language. The built-in ones are in `dialects`; a custom service is
 * an object of this shape. Every string is written into the HTML and the text part as it is,
 * after rendering, so it needs no escaping of its own.
 */
export interface Dialect {
  /** Shown in error messages, e.g. "mailchimp". */
  name: string;
  /** The recipient's first name; `fallback` when the contact has none (only if `fallback` is supported). */
  firstName: (fallback: string | undefined) => string;
  /** The recipient's unsubscribe URL, as the service wants it in an `href`. */
  unsubscribeUrl: (ctx: DialectContext) => string;
  /** The hosted web version's URL; absent when the service has none. */
  webViewUrl?: (ctx: DialectContext) => string;
  /** Any other contact field by name. */
  custom: (name: string, kind: PlaceholderKind, fallback: string | undefined) => string;
  /** Whether text fields can carry a fallback in this language. */
  fallback: boolean;
  listUnsubscribe: ListUnsubscribeMode;
  /**
   * The two-character starts of the service's tags: typed text that holds one gets a word
   * joiner between them, so the service does not read it as a tag. `{WORD}` is a `{` before a
   * capital letter, `{word}` one before a small letter. @default every service's: {{ {% *| [[ <% %%
   */
  tagOpeners?: readonly TagOpener[];
}

const constant = (tag: string) => () => tag;

/** Sources: the mail services' documentation and public templates (docs/merge-tags.md lists what is unverified). */
export const dialects = {
  mailchimp: {
    name: 'mailchimp',
    firstName: (fb) => (fb ? `*|IF:FNAME|**|FNAME|**|ELSE:|*${fb}*|END:IF|*` : '*|FNAME|*'),
    unsubscribeUrl: constant('*|UNSUB|*'),
    webViewUrl: constant('*|ARCHIVE|*'),
    custom: (name, _kind, fb) => {
      const tag = name.toUpperCase();
      return fb ? `*|IF:${tag}|**|${tag}|**|ELSE:|*${fb}*|END:IF|*` : `*|${tag}|*`;
    },
    fallback: true,
    listUnsubscribe: 'esp',
    tagOpeners: ['*|'],
  },
  brevo: {
    name: 'brevo',
    firstName: (fb) => (fb ? `{{ contact.FIRSTNAME | default : "${fb}" }}` : '{{ contact.FIRSTNAME }}'),
    unsubscribeUrl: constant('{{ unsubscribe }}'),
    webViewUrl: constant('{{ mirror }}'),
    custom: (name, _kind, fb) => (fb ? `{{ contact.${name.toUpperCase()} | default : "${fb}" }}` : `{{ contact.${name.toUpperCase()} }}`),
    fallback: true,
    listUnsubscribe: 'esp',
    tagOpeners: ['{{', '{%'],
  },
  cleverreach: {
    name: 'cleverreach',
    firstName: constant('{FIRSTNAME}'),
    unsubscribeUrl: constant('{UNSUBSCRIBE}'),
    webViewUrl: constant('{ONLINE_VERSION}'),
    custom: (name) => `{${name.toUpperCase()}}`,
    fallback: false,
    listUnsubscribe: 'library',
    tagOpeners: ['{WORD}'],
  },
  mailjet: {
    name: 'mailjet',
    firstName: (fb) => `[[data:firstname:"${fb ?? ''}"]]`,
    unsubscribeUrl: ({ lang }) => `[[UNSUB_LINK_${lang.slice(0, 2).toUpperCase()}]]`,
    webViewUrl: constant('[[PERMALINK]]'),
    custom: (name, _kind, fb) => `[[data:${name.toLowerCase()}:"${fb ?? ''}"]]`,
    fallback: true,
    listUnsubscribe: 'library',
    tagOpeners: ['[[', '{{', '{%'],
  },
  sendgrid: {
    name: 'sendgrid',
    firstName: (fb) => (fb ? `{{#if first_name}}{{first_name}}{{else}}${fb}{{/if}}` : '{{first_name}}'),
    unsubscribeUrl: constant('{{{unsubscribe}}}'),
    custom: (name, kind, fb) => (kind === 'url' ? `{{{${name}}}}` : fb ? `{{#if ${name}}}{{${name}}}{{else}}${fb}{{/if}}` : `{{${name}}}`),
    fallback: true,
    listUnsubscribe: 'esp',
    tagOpeners: ['{{', '<%'],
  },
  postmark: {
    name: 'postmark',
    firstName: (fb) => (fb ? `{{#first_name}}{{first_name}}{{/first_name}}{{^first_name}}${fb}{{/first_name}}` : '{{first_name}}'),
    unsubscribeUrl: constant('{{{ pm:unsubscribe }}}'),
    custom: (name, kind, fb) =>
      kind === 'url' ? `{{{${name}}}}` : fb ? `{{#${name}}}{{${name}}}{{/${name}}}{{^${name}}}${fb}{{/${name}}}` : `{{${name}}}`,
    fallback: true,
    listUnsubscribe: 'esp',
    tagOpeners: ['{{'],
  },
  listmonk: {
    name: 'listmonk',
    firstName: (fb) => (fb ? `{{ or .Subscriber.FirstName "${fb}" }}` : '{{ .Subscriber.FirstName }}'),
    unsubscribeUrl: constant('{{ UnsubscribeURL }}'),
    webViewUrl: constant('{{ MessageURL }}'),
    custom: (name, _kind, fb) => (fb ? `{{ or .Subscriber.Attribs.${name} "${fb}" }}` : `{{ .Subscriber.Attribs.${name} }}`),
    fallback: true,
    listUnsubscribe: 'esp',
    tagOpeners: ['{{'],
  },
  mautic: {
    name: 'mautic',
    firstName: (fb) => (fb ? `{contactfield=firstname|${fb}}` : '{contactfield=firstname}'),
    unsubscribeUrl: constant('{unsubscribe_url}'),
    webViewUrl: constant('{webview_url}'),
    custom: (name, _kind, fb) => (fb ? `{contactfield=${name.toLowerCase()}|${fb}}` : `{contactfield=${name.toLowerCase()}}`),
    fallback: true,
    listUnsubscribe: 'library',
    tagOpeners: ['{word}'],
  },
  keila: {
    name: 'keila',
    firstName: (fb) => (fb ? `{{ contact.first_name | default: "${fb}" }}` : '{{ contact.first_name }}'),
    unsubscribeUrl: constant('{{ unsubscribe_link }}'),
    custom: (name, _kind, fb) => (fb ? `{{ contact.data.${name} | default: "${fb}" }}` : `{{ contact.data.${name} }}`),
    fallback: true,
    listUnsubscribe: 'esp',
    tagOpeners: ['{{', '{%'],
  },
} as const satisfies Record<string, Dialect>;

export type DialectName = keyof typeof dialects;

export class DialectError extends Error {
  override name = 'DialectError';
}

/** The dialect object for a name or a custom object; throws for an unknown name. */
export function resolveDialect(dialect: DialectName | Dialect): Dialect {
  if (typeof dialect === 'string') {
    if (!Object.hasOwn(dialects, dialect)) {
      throw new DialectError(`dialect: unknown mail service ${JSON.stringify(dialect)}; use one of ${Object.keys(dialects).join(', ')} or a Dialect object`);
    }
    return dialects[dialect as DialectName];
  }
  const problems: string[] = [];
  if (!dialect || typeof dialect !== 'object') throw new DialectError('dialect: must be a name or a Dialect object');
  if (typeof dialect.name !== 'string' || !dialect.name) problems.push('name must be a non-empty string');
  for (const fn of ['firstName', 'unsubscribeUrl', 'custom'] as const) if (typeof dialect[fn] !== 'function') problems.push(`${fn} must be a function`);
  if (dialect.webViewUrl !== undefined && typeof dialect.webViewUrl !== 'function') problems.push('webViewUrl must be a function or absent');
  if (typeof dialect.fallback !== 'boolean') problems.push('fallback must be true or false');
  if (!['esp', 'library', 'off'].includes(dialect.listUnsubscribe)) problems.push('listUnsubscribe must be "esp", "library" or "off"');
  if (dialect.tagOpeners !== undefined && (!Array.isArray(dialect.tagOpeners) || dialect.tagOpeners.some((o) => !(TAG_OPENERS as readonly string[]).includes(o)))) {
    problems.push(`tagOpeners must be an array of ${TAG_OPENERS.join(', ')}`);
  }
  if (problems.length) throw new DialectError(`dialect ${JSON.stringify(dialect.name ?? '(unnamed)')}: ${problems.join('; ')}`);
  return dialect;
}

/**
 * Who writes the `List-Unsubscribe` headers when the issue goes out through this service.
 * Without a service the library writes them.
 */
export function listUnsubscribeMode(dialect?: DialectName | Dialect): ListUnsubscribeMode {
  return dialect === undefined ? 'library' : resolveDialect(dialect).listUnsubscribe;
}

/** One row per built-in service: what it can express. */
export function dialectCapabilities(): { name: DialectName; webView: boolean; fallback: boolean; listUnsubscribe: ListUnsubscribeMode }[] {
  return (Object.keys(dialects) as DialectName[]).map((name) => {
    const d: Dialect = dialects[name];
    return { name, webView: d.webViewUrl !== undefined, fallback: d.fallback, listUnsubscribe: d.listUnsubscribe };
  });
}
