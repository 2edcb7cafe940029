import { FOOTER_SELECTOR, textWithLines, type EmailDocument } from '../document';
import { finding } from '../finding';
import type { Finding } from '../types';
import { emailInText as email, isVatId, isStreet, legalForm, postalCodeAndTown as postalCode, representativeRole as representative, vatIdAfterLabel, vatIdLabel as vatMention } from '../../base/legal';

const registerMention = /Registergericht|Register court|Registernummer|Register number|Handelsregister|Vereinsregister|Amtsgericht|\bHR[AB]\b|\bVR\s?\d/i;
const registerCourt = /(?:Registergericht|Register court|Amtsgericht)\s*:?\s*\p{L}/iu;
const registerNumber = /(?:Registernummer|Register number|Registration number|\bHR[AB]|\bVR|\bGnR|\bPR)\s*:?\s*[A-Z]{0,3}\s?\d+/i;

/** Plausible VAT ID, as `LegalFooter` accepts it (base/legal.ts). */
export const isPlausibleVatId = isVatId;

/** § 5 DDG: who sends this, where, who represents them, how to reach them, register and VAT id. */
export function checkImpressum(doc: EmailDocument): Finding[] {
  const footers = doc.$(FOOTER_SELECTOR).toArray();
  if (footers.length === 0) return [];
  const text = footers.map((footer) => textWithLines(footer)).join('\n');
  const mailto = doc.$(FOOTER_SELECTOR).find('a[href^="mailto:"]').length > 0;
  const missing: string[] = [];
  if (!legalForm.test(text)) missing.push('a name with legal form (e.g. GmbH, e.V., AG, Ltd)');
  const segments = text.split(/\n|,/).map((segment) => segment.trim());
  if (!segments.some(isStreet)) missing.push('a street and house number');
  if (!postalCode.test(text)) missing.push('a postal code and town');
  if (!representative.test(text)) missing.push('an authorised representative ("Geschäftsführer:", "Vorstand:", "Vertreten durch", "Managing director", "CEO")');
  if (!email.test(text) && !mailto) missing.push('an e-mail address');
  const findings = missing.map((what) => finding('impressum', `legal footer lacks ${what}`));

  if (registerMention.test(text)) {
    if (!registerCourt.test(text)) findings.push(finding('impressum', 'legal footer names a register but no register court ("Registergericht: Amtsgericht …")'));
    if (!registerNumber.test(text)) findings.push(finding('impressum', 'legal footer names a register but no register number ("Registernummer: …", "HRB 12345")'));
  }
  const vatLabel = vatMention.exec(text);
  if (vatLabel) {
    const after = text.slice(vatLabel.index + vatLabel[0].length);
    const value = vatIdAfterLabel(after);
    if (!isVatId(value)) {
      findings.push(
        finding('impressum', `VAT ID ${value ? `"${value}" ` : ''}does not look valid (German: DE + 9 digits)`, {
          excerpt: after.split('\n')[0]?.trim().slice(0, 80),
        }),
      );
    }
  }
  return findings;
}
