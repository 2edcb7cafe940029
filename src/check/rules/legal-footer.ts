import { textWithLines } from '../document';
import { missingImpressumParts } from '../legal';
import { footerSelector, legalFooters } from '../markup';
import { defineRule } from '../rule';

export const legalFooter = defineRule({
  id: 'legal-footer',
  severity: 'error',
  description:
    `The email has a legal footer (Impressum): an element marked \`${footerSelector}\`, or, for HTML from elsewhere, text in \`<body>\` with every part the \`impressum\` rule requires (a name with legal form, a street and number, a postal code, an authorised representative, an e-mail address).`,
  clients: 'German law: § 5 Abs. 1 DDG (formerly § 5 TMG); every commercial newsletter needs one.',
  source: '§ 5 DDG',

  check(doc, { report }) {
    if (legalFooters(doc).length > 0) return [];
    const text = doc.body ? textWithLines(doc.body) : '';
    const missing = missingImpressumParts(text, doc.elements.namedInBody('a').some((link) => link.attribs['href']?.startsWith('mailto:')));
    return missing.length === 0 ? [] : [report(`no legal footer: no ${footerSelector} element, and the email's text lacks ${missing.join('; ')}`)];
  },
});
