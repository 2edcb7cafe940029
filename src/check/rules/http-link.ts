import { accessibleName, excerptOf, shorten } from '../document';
import { allowlistHint, excused, prefixPattern } from '../exceptions';
import { classifyUrl } from '../urls';
import { defineRule } from '../rule';
import { isUnsubscribeLink } from './unsubscribe-link';
import type { Finding } from '../types';

/** The prefix of an http URL up to its host, for the allowlist hint: `http://example.org/`. */
function originOf(url: string): string {
  const match = /^http:\/\/[^/?#\s]*/i.exec(url);
  return `${match?.[0] ?? 'http://'}/`;
}

export const httpLink = defineRule({
  id: 'http-link',
  severity: 'error',
  alsoWarns: 'for a plain `http:` link that is neither the unsubscribe link nor a form action',
  description:
    'No link (`href`) or form `action` uses plain `http:`. The unsubscribe link (named as for `unsubscribe-link`) and a form action are errors: they carry the reader\'s identity or input. Other links are warnings. Intended ones (a site without https): an allowlist entry `{ rule: \'http-link\', matching: /^http:\\/\\/archiv\\.example\\.org\\//, reason }` (matched against the href or action).',
  clients:
    'Chrome asks before opening a public http site (Always Use Secure Connections, on by default since Chrome 154) and marks it "Not secure"; the request, with any subscriber id in the URL, travels readable on the way.',
  source: 'Google Security Blog, "HTTPS by default" (October 2025); RFC 8058 §3 (one-click unsubscribe over HTTPS); Chrome\'s warning for forms that submit over http (Chrome 86)',
  check(doc, { options, report }) {
    const findings: Finding[] = [];
    const targets = [
      ...doc.elements.inBody.filter((element) => element.attribs['href'] !== undefined).map((element) => ({ element, url: element.attribs['href'] ?? '', form: false })),
      ...doc.elements.namedInBody('form').filter((element) => element.attribs['action'] !== undefined).map((element) => ({ element, url: element.attribs['action'] ?? '', form: true })),
    ];
    for (const { element, url, form } of targets) {
      if (classifyUrl(url, /^(?:https:\/\/[^/\s]|mailto:|tel:)/i) !== 'http') continue;
      const trimmed = url.trim();
      if (excused(options, 'http-link', trimmed)) continue;
      const shown = shorten(trimmed, 80);
      const hint = allowlistHint('http-link', prefixPattern(originOf(trimmed)));
      const excerpt = excerptOf(doc.$, element);
      if (form) {
        findings.push(report(`form action "${shown}" sends what the reader types unencrypted: use https://. ${hint}`, { excerpt }));
      } else if (isUnsubscribeLink(element, accessibleName(doc.$, element))) {
        findings.push(
          report(`unsubscribe link "${shown}" uses plain http: use https://, so that it opens without a browser warning and the subscriber's id in it is not sent readable. ${hint}`, { excerpt }),
        );
      } else {
        findings.push(report(`plain http link "${shown}": use https:// (Chrome asks before opening http sites; the address travels unencrypted). ${hint}`, { severity: 'warning', excerpt }));
      }
    }
    return findings;
  },
});
