import type { Element } from 'domhandler';
import { elementsBelow, exposedText, excerptOf, isHidden, shorten, type EmailDocument } from '../document';
import { destinationOf, siteOf, type Site } from '../domains';
import { allowlistHint, excused, prefixPattern } from '../exceptions';
import { defineRule } from '../rule';
import type { Finding } from '../types';
import { URL_CHARACTERS } from '../domains';
import { TextCache } from '../text-cache';

/** Direction marks and isolates that right-to-left text puts around a Latin name, and zero-width characters. */
const INVISIBLE = '\u061c\u200b\u200c\u200d\u200e\u200f\u2060\u2066\u2067\u2068\u2069\ufeff';
const LEADING = new Set([...`([{<"'„“‚‘«»›‹¿¡${INVISIBLE}`]);
const TRAILING = new Set([...`.,;:!?)]}>"'“”’‘«»›‹…${INVISIBLE}`]);
const LABEL = /^[\p{L}\p{N}-]+$/u;
const TOP_LABEL = /^\p{L}{2,}$/u;

function trimPunctuation(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && LEADING.has(token[start]!)) start++;
  while (end > start && TRAILING.has(token[end - 1]!)) end--;
  return token.slice(start, end);
}

/** `vitako.de`, `www.vitako.de`: dot-separated labels ending in letters. `lenient` lets the top label be upper case. */
function looksLikeHost(host: string, lenient: boolean): boolean {
  const labels = host.split('.');
  const top = labels.at(-1) ?? '';
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label)) || !TOP_LABEL.test(top)) return false;
  // "ASP.NET" or "Kap.IV" is a name; a domain in running text is written in lower case.
  return lenient || top === top.toLowerCase();
}

/** The host a token of link text names: a URL's host, an address's domain, or a host name. */
function namedHost(token: string): string | undefined {
  const lower = token.toLowerCase();
  if (lower.startsWith('http://') || lower.startsWith('https://')) {
    try {
      return new URL(token).hostname;
    } catch {
      return undefined;
    }
  }
  if (token.includes('://')) return undefined;
  const at = token.lastIndexOf('@');
  if (at > 0) {
    const domain = token.slice(at + 1);
    return looksLikeHost(domain, true) ? domain : undefined;
  }
  let end = token.length;
  for (const stop of ['/', '?', '#', ':']) {
    const index = token.indexOf(stop);
    if (index >= 0 && index < end) end = index;
  }
  const host = token.slice(0, end);
  return looksLikeHost(host, /^www\./i.test(host)) ? host : undefined;
}

export interface NamedSites {
  sites: Site[];
  /** Whether the text is nothing but that one URL, host or address (around it only punctuation). */
  whole: boolean;
}

/** The sites that link text names, in order: `"Mehr auf www.krz.de"` names krz.de. */
export function namedSites(text: string): NamedSites {
  const known = namedSitesByText.get(text);
  if (known) return known;
  const named = readNamedSites(text);
  namedSitesByText.set(text, named);
  return named;
}

/** The sites by link text: an email repeats its link texts ("Mehr", "hier", the same host). */
const namedSitesByText = new TextCache<NamedSites>(URL_CHARACTERS);

function readNamedSites(text: string): NamedSites {
  const sites = new Map<string, Site>(); // one entry per site, however often the text repeats it
  let words = 0;
  for (const raw of text.split(/\s+/)) {
    const token = trimPunctuation(raw);
    if (!/[\p{L}\p{N}]/u.test(token)) continue; // "→", "»", "–"
    words++;
    if (!token.includes('.')) continue; // every host, URL and address has a dot
    const host = namedHost(token);
    const site = host === undefined ? undefined : siteOf(host);
    if (site?.known && !sites.has(site.site)) sites.set(site.site, site);
  }
  return { sites: [...sites.values()], whole: words === 1 && sites.size === 1 };
}

/** What a reader sees of a link: its text, or with no text the alt text its images show when blocked. */
function shownText(doc: EmailDocument, link: Element): string {
  return (
    exposedText(link) ||
    elementsBelow(doc, link)
      .filter((element) => element.name === 'img' && element.attribs['alt'] !== undefined)
      .map((image) => image.attribs['alt'] ?? '')
      .join(' ')
  );
}

export const linkDomainMismatch = defineRule({
  id: 'link-domain-mismatch',
  severity: 'error',
  alsoWarns: 'when the domain is only mentioned within longer link text ("Mehr auf krz.de")',
  description:
    'The text of a visible link (its alt text when it has none) that names a domain — a URL, a host such as `www.krz.de` or `krz.de`, an e-mail address — names the domain the link goes to: the host of an `http(s):` href, the domain of a `mailto:` address. Compared by registrable domain from the Public Suffix List, so `www.`, other subdomains and Unicode (IDN) against punycode spellings of one host agree; merge tags and placeholders, whose target is filled in later, are not judged. A redirect through another domain — click tracking included — is a mismatch. Intended ones: an allowlist entry `{ rule: \'link-domain-mismatch\', matching: /^https:\\/\\/click\\.example\\.org\\//, reason }` (matched against the href).',
  clients:
    'Thunderbird interrupts the click with a "link mismatch" prompt that offers the named site instead; SpamAssassin, rspamd and canispam score it as phishing; readers are taught to distrust it.',
  source:
    "Thunderbird PhishingDetector.linkTextMismatch (base domains of text and href); SpamAssassin HTTPS_HTTP_MISMATCH; rspamd phishing module; jsx-email canispam link-mismatch; Gmail sender guidelines (recipients should know what to expect when they click a link)",
  check(doc, { options, report }) {
    const findings: Finding[] = [];
    for (const link of doc.elements.namedInBody('a')) {
      if (link.attribs['href'] === undefined) continue;
      const href = link.attribs['href'] ?? '';
      const destination = destinationOf(href);
      if (!destination || isHidden(link)) continue;
      const text = shownText(doc, link);
      const { sites, whole } = namedSites(text);
      if (sites.length === 0 || sites.some((named) => named.site === destination.site.site)) continue;
      if (excused(options, 'link-domain-mismatch', href)) continue;
      const named = sites[0]!;
      const prefix = /^mailto:/i.test(href) ? (href.trim().split('?')[0] ?? href) : `${href.trim().slice(0, href.trim().indexOf('//') + 2)}${destination.host}/`;
      const shown = shorten(text.replace(/\s+/g, ' ').trim(), 80);
      const message = whole
        ? `link text "${shown}" names ${named.site}, but the link goes to ${destination.host}: Thunderbird asks the reader which of the two to open and filters score it as phishing. Link to ${named.site} itself, or let the text say where the link goes. ${allowlistHint('link-domain-mismatch', prefixPattern(prefix))}`
        : `link text "${shown}" mentions ${named.site}, but the link goes to ${destination.host}: readers expect to land on ${named.site}. Link there, or leave the other domain out of the link text. ${allowlistHint('link-domain-mismatch', prefixPattern(prefix))}`;
      findings.push(report(message, { excerpt: excerptOf(doc.$, link), ...(whole ? {} : { severity: 'warning' as const }) }));
    }
    return findings;
  },
});
