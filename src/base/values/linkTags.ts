import * as z from 'zod';
import { byShape, describeInput, expected, record } from './describe';
import { NewsletterPropError } from './error';
import { isUrlPlaceholder } from './placeholder';
import { findForbiddenCharacter } from './text';
import { isWebUrl } from './url';

/**
 * Link tagging: campaign parameters (`utm_source=newsletter&utm_medium=email`) added to every web
 * link of an email that goes to one of the listed domains. The rule for one link lives here, as a
 * kind of value; the render decides which links it applies to (`useLink` in `context/`).
 *
 * An author's URL is never re-serialised: the WHATWG URL parser reads it (is it a web URL, which
 * host, which parameters it has already) and the parameters are inserted as text before its
 * fragment, so that percent-encoding, an IDN host, a missing trailing slash and merge tags in its
 * path or query stay exactly as written. The parser then reads the result again and must find the
 * same host, path and fragment, and each parameter with its value.
 */

/**
 * A parameter name is written into the URL as typed: the characters RFC 3986 leaves unreserved,
 * which no URL parser, mail service or analytics tool encodes or reads as syntax.
 */
const PARAM_NAME = /^[A-Za-z0-9._~-]{1,64}$/;
const MAX_VALUE = 200;
/** What opens a mail service's merge tag: percent-encoded in a parameter, it would stay a broken tag. */
const TAG_OPENERS = ['{{', '{%', '*|', '[[', '<%', '%%'] as const;
/** A host name as the URL parser reads it: labels of letters (any script), digits and hyphens. */
const DOMAIN = /^(?=.{1,253}$)[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?)+$/u;
const EXAMPLE = `e.g. linkTags: { params: { utm_source: 'newsletter', utm_medium: 'email', utm_campaign: 'branchenticker-05' }, domains: ['vitako.de'] }`;

function valueProblem(value: string): string | undefined {
  if (value.trim() === '') return 'must not be empty: write the value, or leave the parameter out';
  if (/[\r\n\t]/.test(value)) return 'must be one line without tabs (a line break in a URL would end it in the text part and in a mail header)';
  const found = findForbiddenCharacter(value);
  if (found) return `contains ${found.name} at character ${found.index + 1}: control and bidi override characters are not allowed in a link`;
  if (value.length > MAX_VALUE) return `must be at most ${MAX_VALUE} characters, got ${value.length}`;
  const opener = TAG_OPENERS.find((o) => value.includes(o)) ?? (/nkph_|nk\.invalid/.test(value) ? 'a placeholder' : undefined);
  if (opener) {
    return `holds ${opener === 'a placeholder' ? 'a placeholder' : `"${opener}", which opens a mail service's merge tag`}: a parameter's value is percent-encoded into every link, so a merge tag or placeholder would arrive broken; write the value itself, e.g. "branchenticker-05"`;
  }
  return undefined;
}

/** The parameters in the order written, as `[name, value]` pairs (an object's own keys only). */
const params = z.unknown().transform((input, ctx) => {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    ctx.addIssue({ code: 'custom', input, message: `must be an object of parameter names and values, e.g. { utm_source: 'newsletter', utm_medium: 'email' }, got ${describeInput(input)}` });
    return z.NEVER;
  }
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(input)) {
    if (!PARAM_NAME.test(name) || name === '__proto__') {
      ctx.addIssue({
        code: 'custom',
        input,
        path: [name],
        message: `is not a usable parameter name: write letters, digits and . _ ~ - (at most 64), e.g. utm_source or mc_cid, so that it stands in every link as written`,
      });
      continue;
    }
    const problem = typeof value === 'string' ? valueProblem(value) : `must be a string, e.g. "email", got ${describeInput(value)}`;
    if (problem) ctx.addIssue({ code: 'custom', input: value, path: [name], message: problem });
    else pairs.push([name, value as string]);
  }
  if (pairs.length === 0 && Object.keys(input).length === 0) {
    ctx.addIssue({ code: 'custom', input, message: `must name at least one parameter, e.g. { utm_source: 'newsletter' }` });
  }
  return pairs;
});

/** A domain as the URL parser writes a host (`bücher.de` → `xn--bcher-kva.de`), or `*`. */
const domain = z.string({ error: expected(`a domain such as "vitako.de", or "*" for every domain`) }).transform((value, ctx) => {
  if (value === '*') return value;
  let host: string | undefined;
  if (DOMAIN.test(value)) {
    try {
      host = new URL(`https://${value}/`).hostname;
    } catch {
      host = undefined;
    }
  }
  if (host === undefined) {
    ctx.addIssue({
      code: 'custom',
      input: value,
      message: `must be a domain alone, without scheme, path or port, e.g. "vitako.de" (which also covers www.vitako.de), or "*" for every domain; got ${describeInput(value)}`,
    });
    return z.NEVER;
  }
  return host;
});

const exceptUrl = z.string({ error: expected('a link exactly as written in the issue, e.g. "https://www.vitako.de/presse"') }).refine(isWebUrl, {
  error: (issue) => `must be a https:// or http:// link exactly as written in the issue (links of other kinds are never tagged), e.g. "https://www.vitako.de/presse", got ${describeInput(issue.input)}`,
});

export const linkTagsSchema = record(
  {
    /**
     * The parameters added to every tagged link, in this order: `{ utm_source: 'newsletter',
     * utm_medium: 'email', utm_campaign: 'branchenticker-05' }`. Names as typed (letters, digits,
     * `._~-`), values percent-encoded. A parameter the link already has keeps the author's value.
     */
    params,
    /**
     * The domains whose links are tagged, each with its subdomains (`vitako.de` covers
     * `www.vitako.de`), or `['*']` for every domain. Required: campaign names sent to another
     * organisation's site are information it need not have, and a signed or partner URL may refuse
     * parameters it does not know.
     */
    domains: z
      .array(domain, { error: expected(`a list of domains, e.g. ["vitako.de"], or ["*"] for every domain`) })
      .min(1, { error: `must list at least one domain, e.g. ["vitako.de"], or ["*"] for every domain` }),
    /** Links left as they are, each exactly as written in the issue: `['https://www.vitako.de/presse']`. */
    except: z.array(exceptUrl, { error: expected('a list of links exactly as written, e.g. ["https://www.vitako.de/presse"]') }).optional(),
  },
  `link tags { params, domains, except? }, ${EXAMPLE}`,
);

/** Link tagging as an app or an editor writes it. */
export type LinkTags = z.input<typeof linkTagsSchema>;
/** Link tagging as the schema has parsed it. */
export type ParsedLinkTags = z.output<typeof linkTagsSchema>;

/** Whether `value` is link tagging the schema has parsed (issue data parsed once is not parsed again). */
export function isParsedLinkTags(value: unknown): value is ParsedLinkTags {
  return typeof value === 'object' && value !== null && Array.isArray((value as { params?: unknown }).params);
}

/** A link's tagged form; the same link always gives the same result. */
export type LinkTagger = (href: string) => string;

/** Tags a link as `tags` says; the function a render gives its blocks (`useLink`). */
export function linkTagger(tags: ParsedLinkTags): LinkTagger {
  const any = tags.domains.includes('*');
  const domains = tags.domains;
  const except = new Set(tags.except ?? []);
  const listed = (host: string) => any || domains.some((d) => host === d || host.endsWith(`.${d}`));
  return (href) => tagLink(href, tags.params, listed, except);
}

/**
 * `href` with the parameters it lacks, or `href` itself: only an http(s) link to a listed domain
 * is tagged; `mailto:`, `tel:`, a whole merge tag, a placeholder filled in per recipient and a link
 * listed in `except` are left as they are.
 */
function tagLink(href: string, params: readonly (readonly [string, string])[], listed: (host: string) => boolean, except: ReadonlySet<string>): string {
  if (except.has(href) || isUrlPlaceholder(href) || !isWebUrl(href)) return href;
  const url = new URL(href);
  if (!listed(url.hostname)) return href;
  const missing = params.filter(([name]) => !url.searchParams.has(name));
  if (missing.length === 0) return href;
  // For http(s) URLs the first "#" starts the fragment and a "?" before it the query (WHATWG URL).
  const hashAt = href.indexOf('#');
  const head = hashAt < 0 ? href : href.slice(0, hashAt);
  const fragment = hashAt < 0 ? '' : href.slice(hashAt);
  const separator = !head.includes('?') ? '?' : /[?&]$/.test(head) ? '' : '&';
  const tagged = `${head}${separator}${missing.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&')}${fragment}`;
  const check = new URL(tagged);
  if (check.host !== url.host || check.pathname !== url.pathname || check.hash !== url.hash || missing.some(([name, value]) => check.searchParams.get(name) !== value)) {
    throw new Error(`link tagging: adding parameters to ${JSON.stringify(href)} gave ${JSON.stringify(tagged)}, which the URL parser reads differently; please report this link`);
  }
  return tagged;
}

/** Link tagging as `renderEmail` and issue data take it: the tagging, or `false` for none. */
export const linkTagsOption = byShape([z.literal(false), linkTagsSchema], (input) => (input === false ? 0 : typeof input === 'object' && input !== null && !Array.isArray(input) ? 1 : undefined), `link tags { params, domains, except? } or false, ${EXAMPLE}`);

/**
 * The tagger for an option as an app passes it to `renderEmail` or `prepareIssue`: `undefined`
 * where it sets none, a `NewsletterPropError` naming the field where it is wrong.
 */
export function taggerOf(option: unknown, where: string): LinkTagger | false | undefined {
  if (option === undefined) return undefined;
  const result = linkTagsOption.safeParse(option);
  if (!result.success) {
    throw new NewsletterPropError(
      where,
      result.error.issues.map((issue) => ({
        prop: ['linkTags', ...issue.path.map(String)].join('.'),
        message: issue.message,
        path: ['linkTags', ...issue.path.filter((key): key is string | number => typeof key !== 'symbol')],
      })),
    );
  }
  return result.data === false ? false : linkTagger(result.data);
}
