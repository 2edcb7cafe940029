import { excerptOf, shorten } from '../document';
import { allowlistHint, excused, prefixPattern } from '../exceptions';
import { urlShortenerHosts } from '../shorteners';
import { defineRule } from '../rule';
import type { Finding } from '../types';
import { URL_CHARACTERS } from '../domains';
import { TextCache } from '../text-cache';

const exactHosts = new Set(urlShortenerHosts.filter((host) => !host.startsWith('.')));
const parentHosts = new Set(urlShortenerHosts.filter((host) => host.startsWith('.')).map((host) => host.slice(1)));

/** The shortener a host belongs to (`bit.ly`, or `page.link` for `app.page.link`), if any. */
export function shortenerOf(hostname: string): string | undefined {
  if (shortenerByHost.has(hostname)) return shortenerByHost.get(hostname);
  const shortener = readShortener(hostname);
  shortenerByHost.set(hostname, shortener);
  return shortener;
}

/** Shorteners by host name: an email links few hosts, many times. */
const shortenerByHost = new TextCache<string | undefined>(URL_CHARACTERS);

function readShortener(hostname: string): string | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const bare = host.startsWith('www.') && !exactHosts.has(host) ? host.slice(4) : host;
  if (exactHosts.has(bare)) return bare;
  for (let dot = bare.indexOf('.'); dot >= 0; dot = bare.indexOf('.', dot + 1)) {
    const parent = bare.slice(dot + 1);
    if (parentHosts.has(parent)) return parent;
  }
  return undefined;
}

export const urlShortener = defineRule({
  id: 'url-shortener',
  severity: 'warning',
  description:
    'No link (`<a>`, `<area>`) goes through a URL shortener: bit.ly, t.co, tinyurl.com, goo.gl, ow.ly, is.gd, buff.ly and the other hosts of SpamAssassin\'s maintained list (`src/check/shorteners.ts`; 220 hosts, `doi.org` left out). Intended ones: an allowlist entry `{ rule: \'url-shortener\', matching: /^https:\\/\\/eepurl\\.com\\//, reason }` (matched against the href).',
  clients: 'Readers and filters cannot see where the link leads; a shortener shares its reputation with every spammer who uses it (SpamAssassin resolves them, Spamhaus and URIBL list abused ones). A warning: the link still works.',
  source: 'SpamAssassin rules/25_url_shortener.cf (__URL_SHORTENER, URL_SHORTENER_CHAINED); jsx-email canispam url-shortener; Gmail sender guidelines (recipients should know what to expect when they click a link)',
  check(doc, { options, report }) {
    const findings: Finding[] = [];
    for (const link of doc.elements.inBody.filter((element) => (element.name === 'a' || element.name === 'area') && element.attribs['href'] !== undefined)) {
      const href = (link.attribs['href'] ?? '').trim();
      if (!/^https?:\/\//i.test(href)) continue;
      let url: URL;
      try {
        url = new URL(href);
      } catch {
        continue; // href-scheme reports what is not a URL
      }
      const shortener = shortenerOf(url.hostname);
      if (!shortener || excused(options, 'url-shortener', href)) continue;
      findings.push(
        report(
          `link "${shorten(href, 80)}" goes through the URL shortener ${shortener}: readers cannot see where it leads, and the shortener's reputation — shared with every sender who uses it — counts against this email. Link to the full address instead. ${allowlistHint('url-shortener', prefixPattern(`${url.protocol}//${url.host}/`))}`,
          { excerpt: excerptOf(doc.$, link) },
        ),
      );
    }
    return findings;
  },
});
