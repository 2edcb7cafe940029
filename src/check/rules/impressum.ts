import { withoutBidiMarks } from '../../base/bidi';
import { markup } from '../../base/markup';
import { isElement, textWithLines } from '../document';
import { excused } from '../exceptions';
import { impressumProblems } from '../legal';
import { footerSelector, legalFooters, withinAny } from '../markup';
import { defineRule } from '../rule';

export const impressum = defineRule({
  id: 'impressum',
  severity: 'error',
  alsoWarns: 'for what is only implausible: a legal form, role, street or register it does not recognise, a postal code not in the form of the jurisdiction, a post-office box, a public-law body without its supervisory authority, a malformed VAT ID',
  description:
    `When a legal footer (\`${footerSelector}\`) is present, its text is judged by the publisher's jurisdiction (the country line, else the VAT ID's prefix; Germany by default): DE, AT, CH, other EU, UK, US or other. Errors: no e-mail address; a VAT ID that fails its check digit; a postal code that cannot be one of the jurisdiction (a German one of four digits). Warnings: a name without a legal form it knows, no authorised representative, no street and house number (a Postfach instead), no postal code of the jurisdiction's form, a registered form (GmbH, e.V., Ltd, B.V., sp. z o.o., …) without register court and number, a public-law body (AöR, KdöR, Zweckverband, Eigenbetrieb, Kommunalunternehmen, Stiftung, Landkreis, Stadt) without its supervisory authority, a malformed VAT ID. Each finding has an id (\`impressum/street\`, …) that the issue (\`footer.accept\`) or an allowlist entry (\`{ rule: 'impressum', matching: /^impressum\\/street$/, reason }\`) accepts for a legitimate exception.`,
  clients: 'German law: § 5 Abs. 1 DDG (formerly § 5 TMG), § 27a UStG; Austria § 5 ECG, § 14 UGB; Switzerland Art. 3 Abs. 1 lit. s UWG; EU E-Commerce Directive Art. 5; UK Companies Regulations 2015; US CAN-SPAM (postal address).',
  source: '§ 5 DDG; § 27a UStG; § 5 ECG; Art. 3 UWG (CH); Directive 2000/31/EC Art. 5; 15 U.S.C. § 7704',
  check(doc, { options, report }) {
    const footers = legalFooters(doc);
    if (footers.length === 0) return [];
    const text = footers.map((footer) => withoutBidiMarks(textWithLines(footer))).join('\n');
    // A mailto link below a footer; the footers' own elements and everything below them may carry accepted findings.
    const belowFooter = withinAny(footers.flatMap((footer) => footer.children.filter(isElement)));
    const mailto = [...belowFooter].some((element) => element.name === 'a' && element.attribs['href']?.startsWith('mailto:') === true);
    // Findings the issue accepts as legitimate exceptions (LegalFooter's accept), written into the footer.
    const accepted = new Set(
      [...withinAny(footers)].flatMap((element) => {
        const ids = element.attribs[markup.accept];
        return ids === undefined ? [] : ids.split(/\s+/);
      }),
    );
    return impressumProblems(text, mailto)
      .filter(({ finding }) => !accepted.has(finding) && !excused(options, 'impressum', finding))
      .map(({ finding, severity, message, excerpt }) => report(message, { id: finding, severity, ...(excerpt === undefined ? {} : { excerpt }) }));
  },
});
