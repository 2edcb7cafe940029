import { parse } from 'tldts';
import { isUrlPlaceholder } from '../base/values/placeholder';
import { isMergeTag } from './urls';
import { TextCache } from './text-cache';

/** What the caches of host names, link destinations and link texts keep, in characters (see `TextCache`). */
export const URL_CHARACTERS = 1024 * 1024;

/**
 * Domains as a reader and a phishing filter compare them: by registrable domain (the Public
 * Suffix List's eTLD+1, private suffixes such as `github.io` included), so `www.vitako.de` and
 * `newsletter.vitako.de` are one site; hosts in ASCII (punycode), so `bücher.de` and
 * `xn--bcher-kva.de` are one host. The list is tldts's; hand-written suffix rules would call
 * `a.co.uk` and `b.co.uk` one site.
 */
export interface Site {
  /** The host as written in ASCII, e.g. `www.vitako.de`. */
  host: string;
  /** The registrable domain, e.g. `vitako.de`; the whole host for an IP address or a name without public suffix. */
  site: string;
  /** Whether the host ends in a public suffix (or is an IP address): false for `node.js`, `nk.invalid`, `localhost`. */
  known: boolean;
}

const sites = new TextCache<Site | undefined>(URL_CHARACTERS);

/** The site of a host name (Unicode or ASCII), or undefined when it is not a valid host. */
export function siteOf(hostname: string): Site | undefined {
  const cached = sites.get(hostname);
  if (cached || sites.has(hostname)) return cached;
  let result: Site | undefined;
  try {
    const host = new URL(`http://${hostname}/`).hostname.replace(/\.$/, '');
    const parsed = parse(host, { allowPrivateDomains: true });
    if (parsed.isIp) result = { host, site: host, known: true };
    else if (parsed.domain && (parsed.isIcann || parsed.isPrivate)) result = { host, site: parsed.domain, known: true };
    else result = { host, site: host, known: false };
  } catch {
    result = undefined;
  }
  sites.set(hostname, result);
  return result;
}

export interface Destination {
  /** How the destination reads in a message: the host of a web link, the domain of an address. */
  host: string;
  site: Site;
}

/**
 * Where a link goes, when it can be known before sending: the host of an `http(s):` URL or the
 * domain of a `mailto:` address. Undefined for merge tags and placeholders (filled in by the
 * sending service), `tel:` and anything else.
 */
export function destinationOf(href: string | undefined): Destination | undefined {
  const key = href ?? '';
  const cached = destinations.get(key);
  if (cached || destinations.has(key)) return cached;
  const destination = readDestination(key);
  destinations.set(key, destination);
  return destination;
}

/** Destinations by href: an email links one address many times. */
const destinations = new TextCache<Destination | undefined>(URL_CHARACTERS);

function readDestination(href: string): Destination | undefined {
  const value = href.trim();
  if (!value || isMergeTag(value) || isUrlPlaceholder(value)) return undefined;
  if (/^mailto:/i.test(value)) {
    const address = value.slice('mailto:'.length).split('?')[0] ?? '';
    const at = address.lastIndexOf('@');
    const site = at > 0 ? siteOf(decodeURIComponentSafe(address.slice(at + 1))) : undefined;
    return site ? { host: site.host, site } : undefined;
  }
  if (!/^https?:\/\//i.test(value)) return undefined;
  try {
    const site = siteOf(new URL(value).hostname);
    return site ? { host: site.host, site } : undefined;
  } catch {
    return undefined;
  }
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
