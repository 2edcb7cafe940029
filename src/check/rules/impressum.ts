import { FOOTER_SELECTOR, textWithLines, type EmailDocument } from '../document';
import { finding } from '../finding';
import type { Finding } from '../types';

const legalForm =
  /(?:\be\.\s?V\.|\bgGmbH\b|\bGmbH\b|\bmbH\b|\bAG\b|\bUG\b|\bKG\b|\bOHG\b|\bGbR\b|\beG\b|\bAöR\b|\bKdöR\b|\bSE\b|\bPartG\b|\bStiftung\b|\bZweckverband\b|\bLtd\.?|\bLimited\b|\bLLC\b|\bInc\.?|\bPLC\b|\bCIC\b|\bB\.V\.|\bS\.A\.|\bSARL\b|\bFoundation\b|\bAssociation\b)/u;
const streetSuffix = /\p{L}*(?:str\.|straße|strasse|weg|allee|platz|gasse|ring|damm|ufer|chaussee|markt|steig|pfad|graben|kai|street|road|avenue|lane|square)\s*\d{1,4}\s?[a-zA-Z]?\b/iu;
/** A whole line or comma-separated part like "Unter den Linden 5" or "Am Markt 12a". */
const streetLine = /^\p{L}[\p{L}.'\- ]*\s\d{1,4}\s?[a-zA-Z]?(?:\s?[-–/]\s?\d{1,4}[a-zA-Z]?)?$/u;
const postalCode = /(?:\b\d{5}\s+\p{Lu}\p{Ll}|\b(?:A|CH|AT|D)-\d{4,5}\s+\p{Lu}\p{Ll}|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b)/u;
const representative =
  /\b(?:Geschäftsführer(?:in)?|Geschäftsführung|Vorstand|Vorstände|Vorstandsvorsitzende[r]?|Vorsitzende[r]?|Vertreten durch|Vertretungsberechtigt(?:e[r]?)?|Inhaber(?:in)?|Managing [Dd]irectors?|Directors?|Represented by|Chair(?:person)?|Executive [Dd]irector)\b/u;
const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i;
const registerMention = /Registergericht|Register court|Registernummer|Register number|Handelsregister|Vereinsregister|Amtsgericht|\bHR[AB]\b|\bVR\s?\d/i;
const registerCourt = /(?:Registergericht|Register court|Amtsgericht)\s*:?\s*\p{L}/iu;
const registerNumber = /(?:Registernummer|Register number|Registration number|\bHR[AB]|\bVR|\bGnR|\bPR)\s*:?\s*[A-Z]{0,3}\s?\d+/i;
const vatMention = /USt\.?-?Id(?:Nr|-Nr)?\.?|Umsatzsteuer-?Identifikationsnummer|VAT(?:\s+(?:ID|No\.?|number|registration number|reg\.? no\.?))?/i;
const vatId = /\b([A-Z]{2})\s?([0-9A-Z+*]{2,13})\b/;

/** Plausible VAT ID: German `DE` + 9 digits; other EU ids loosely (country prefix, 2–13 characters). */
export function isPlausibleVatId(value: string): boolean {
  const compact = value.replace(/\s+/g, '');
  if (compact.startsWith('DE')) return /^DE\d{9}$/.test(compact);
  return /^(?:AT|BE|BG|CY|CZ|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)[0-9A-Z+*]{2,13}$/.test(compact);
}

/** § 5 DDG: who sends this, where, who represents them, how to reach them, register and VAT id. */
export function checkImpressum(doc: EmailDocument): Finding[] {
  const footers = doc.$(FOOTER_SELECTOR).toArray();
  if (footers.length === 0) return [];
  const text = footers.map((footer) => textWithLines(footer)).join('\n');
  const mailto = doc.$(FOOTER_SELECTOR).find('a[href^="mailto:"]').length > 0;
  const missing: string[] = [];
  if (!legalForm.test(text)) missing.push('a name with legal form (e.g. GmbH, e.V., AG, Ltd)');
  const segments = text.split(/\n|,/).map((segment) => segment.trim());
  if (!segments.some((segment) => streetSuffix.test(segment) || streetLine.test(segment))) missing.push('a street and house number');
  if (!postalCode.test(text)) missing.push('a postal code and town');
  if (!representative.test(text)) missing.push('an authorised representative ("Geschäftsführer:", "Vorstand:", "Vertreten durch", "Managing director")');
  if (!email.test(text) && !mailto) missing.push('an e-mail address');
  const findings = missing.map((what) => finding('impressum', `legal footer lacks ${what}`));

  if (registerMention.test(text)) {
    if (!registerCourt.test(text)) findings.push(finding('impressum', 'legal footer names a register but no register court ("Registergericht: Amtsgericht …")'));
    if (!registerNumber.test(text)) findings.push(finding('impressum', 'legal footer names a register but no register number ("Registernummer: …", "HRB 12345")'));
  }
  const vatLabel = vatMention.exec(text);
  if (vatLabel) {
    const after = text.slice(vatLabel.index + vatLabel[0].length);
    const candidate = vatId.exec(after.split('\n')[0] ?? '') ?? vatId.exec(after);
    const value = candidate ? `${candidate[1]}${candidate[2]}` : '';
    if (!candidate || !isPlausibleVatId(value)) {
      findings.push(
        finding('impressum', `VAT ID ${value ? `"${value}" ` : ''}does not look valid (German: DE + 9 digits)`, {
          excerpt: after.split('\n')[0]?.trim().slice(0, 80),
        }),
      );
    }
  }
  return findings;
}
