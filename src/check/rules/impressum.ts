import { textWithLines } from '../document';
import { missingImpressumParts, registerAndVatProblems } from '../legal';
import { footerSelector, legalFooters } from '../markup';
import { defineRule } from '../rule';

export const impressum = defineRule({
  id: 'impressum',
  severity: 'error',
  description:
    `When a legal footer (\`${footerSelector}\`) is present, its text carries a name with legal form, a street and number, a postal code (DE 5 digits, AT/CH 4 digits with country prefix, UK postcode), an authorised representative ("Geschäftsführer:", "Vorstand:", "Vertreten durch", "Managing director", …), an e-mail address, and — when mentioned — both register court and register number, and a well-formed VAT ID (\`DE\` + 9 digits; other EU prefixes with a loose pattern).`,
  clients: 'German law: § 5 Abs. 1 DDG (formerly § 5 TMG), § 27a UStG.',
  source: '§ 5 DDG; § 27a UStG',
  check(doc, { report }) {
    const footers = legalFooters(doc);
    if (footers.length === 0) return [];
    const text = footers.map((footer) => textWithLines(footer)).join('\n');
    const mailto = doc.$(footerSelector).find('a[href^="mailto:"]').length > 0;
    return [
      ...missingImpressumParts(text, mailto).map((what) => report(`legal footer lacks ${what}`)),
      ...registerAndVatProblems(text).map(({ message, excerpt }) => report(message, excerpt === undefined ? {} : { excerpt })),
    ];
  },
});
