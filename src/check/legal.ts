import { emailInText as email, isStreet, isVatId, legalForm, postalCodeAndTown as postalCode, representativeRole as representative, vatIdAfterLabel, vatIdLabel as vatMention } from '../base/legal';

// What a complete Impressum (§ 5 Abs. 1 DDG) needs, read from the text of a legal footer; the
// formats are those `LegalFooter` accepts (base/legal.ts).

const registerMention = /Registergericht|Register court|Registernummer|Register number|Handelsregister|Vereinsregister|Amtsgericht|\bHR[AB]\b|\bVR\s?\d/i;
// `\s*(?::\s*)?`, not `\s*:?\s*`: two runs of white space side by side split a long run in
// quadratically many ways before failing.
const registerCourt = /(?:Registergericht|Register court|Amtsgericht)\s*(?::\s*)?\p{L}/iu;
const registerNumber = /(?:Registernummer|Register number|Registration number|\bHR[AB]|\bVR|\bGnR|\bPR)\s*(?::\s*)?[A-Z]{0,3}\s?\d+/i;

export interface ImpressumProblem {
  message: string;
  excerpt?: string;
}

/** The parts every Impressum needs that `text` lacks: legal form, street, postal code, representative, e-mail. */
export function missingImpressumParts(text: string, hasMailtoLink: boolean): string[] {
  const missing: string[] = [];
  if (!legalForm.test(text)) missing.push('a name with legal form (e.g. GmbH, e.V., AG, Ltd)');
  const segments = text.split(/\n|,/).map((segment) => segment.trim());
  if (!segments.some(isStreet)) missing.push('a street and house number');
  if (!postalCode.test(text)) missing.push('a postal code and town');
  if (!representative.test(text)) missing.push('an authorised representative ("Geschäftsführer:", "Vorstand:", "Vertreten durch", "Managing director", "CEO")');
  if (!email.test(text) && !hasMailtoLink) missing.push('an e-mail address');
  return missing;
}

/** Register and VAT details that are mentioned but incomplete or malformed. */
export function registerAndVatProblems(text: string): ImpressumProblem[] {
  const problems: ImpressumProblem[] = [];
  if (registerMention.test(text)) {
    if (!registerCourt.test(text)) problems.push({ message: 'legal footer names a register but no register court ("Registergericht: Amtsgericht …")' });
    if (!registerNumber.test(text)) problems.push({ message: 'legal footer names a register but no register number ("Registernummer: …", "HRB 12345")' });
  }
  const vatLabel = vatMention.exec(text);
  if (vatLabel) {
    const after = text.slice(vatLabel.index + vatLabel[0].length);
    const value = vatIdAfterLabel(after);
    if (!isVatId(value)) {
      const excerpt = after.split('\n')[0]?.trim().slice(0, 80);
      problems.push({ message: `VAT ID ${value ? `"${value}" ` : ''}does not look valid (German: DE + 9 digits)`, ...(excerpt === undefined ? {} : { excerpt }) });
    }
  }
  return problems;
}
