import { excerptOf } from '../document';
import { classifyUrl } from '../urls';
import { defineRule } from '../rule';
import type { Finding } from '../types';

export const hrefScheme = defineRule({
  id: 'href-scheme',
  severity: 'error',
  alsoWarns: 'for plain `http:` links',
  description:
    'Every `href` is absolute `https:`, `mailto:` or `tel:`, or is exactly one ESP merge tag: `{{name}}` / `{{{name}}}` (Handlebars, Liquid, Mustache), `*|NAME|*` (Mailchimp), `%%name%%` (Salesforce Marketing Cloud). Relative URLs, `#…`, `javascript:`, `data:` and empty hrefs are errors.',
  clients: 'All; relative links have no base in an inbox.',
  source: 'Email practice; mail clients resolve no base URL',
  check(doc, { report }) {
    const findings: Finding[] = [];
    for (const link of doc.$('body [href]').toArray()) {
      const href = link.attribs['href'] ?? '';
      const verdict = classifyUrl(href, /^(?:https:\/\/[^/\s]|mailto:|tel:)/i);
      if (verdict === 'ok') continue;
      const excerpt = excerptOf(doc.$, link);
      if (verdict === 'http') findings.push(report(`plain http link "${href}": use https`, { severity: 'warning', excerpt }));
      else findings.push(report(`href "${href}" is not an absolute https:, mailto: or tel: URL nor a merge tag`, { excerpt }));
    }
    return findings;
  },
});
