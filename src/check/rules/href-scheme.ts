import { excerptOf } from '../document';
import { classifyUrl } from '../urls';
import { defineRule } from '../rule';
import type { Finding } from '../types';

export const hrefScheme = defineRule({
  id: 'href-scheme',
  severity: 'error',
  description:
    'Every `href` is absolute `https:`, `mailto:` or `tel:`, or is exactly one ESP merge tag: `{{name}}` / `{{{name}}}` (Handlebars, Liquid, Mustache), `*|NAME|*` (Mailchimp), `%%name%%` (Salesforce Marketing Cloud). Relative URLs, `#…`, `javascript:`, `data:` and empty hrefs are errors; plain `http:` links are judged by `http-link`.',
  clients: 'All; relative links have no base in an inbox.',
  source: 'Email practice; mail clients resolve no base URL',
  check(doc, { report }) {
    const findings: Finding[] = [];
    for (const link of doc.elements.inBody) {
      if (link.attribs['href'] === undefined) continue;
      const href = link.attribs['href'] ?? '';
      const verdict = classifyUrl(href, /^(?:https:\/\/[^/\s]|mailto:|tel:)/i);
      if (verdict === 'ok' || verdict === 'http') continue; // plain http: http-link
      findings.push(report(`href "${href}" is not an absolute https:, mailto: or tel: URL nor a merge tag`, { excerpt: excerptOf(doc.$, link) }));
    }
    return findings;
  },
});
