/**
 * What a complete Impressum (§ 5 DDG, and its equivalents where the publisher sits) is made of,
 * per jurisdiction. The `LegalFooter` props and the email check's Impressum rule both read these
 * definitions, so that a footer the component accepts is a footer the check accepts.
 */

export interface Jurisdiction {
  /** VAT identification number, written without spaces: "DE248301028", "CHE-123.456.789". */
  vatId: RegExp;
  /** The postal code alone: "10117", "SW1A 2AA". */
  postalCode: RegExp;
  /** The postal code as it precedes the town in an address line ("10117 Berlin", "CH-8001 Zürich"). */
  postalCodeInText: string;
  /** Example for error messages. */
  example: { vatId: string; postalCode: string };
}

/** A town as addresses write it: capitalised, "Berlin", "St. Gallen", "München". */
const TOWN = String.raw`\p{Lu}[\p{Ll}.]`;

export const jurisdictions = {
  DE: { vatId: /^DE\d{9}$/, postalCode: /^(?:D-)?\d{5}$/, postalCodeInText: String.raw`(?:\bD-)?\b\d{5}`, example: { vatId: 'DE123456789', postalCode: '10117' } },
  AT: { vatId: /^ATU\d{8}$/, postalCode: /^(?:A-|AT-)?\d{4}$/, postalCodeInText: String.raw`(?:\bAT?-)?\b\d{4}`, example: { vatId: 'ATU12345678', postalCode: '1010' } },
  CH: {
    vatId: /^CHE-?\d{3}\.?\d{3}\.?\d{3}(?:MWST|TVA|IVA)?$/,
    postalCode: /^(?:CH-)?\d{4}$/,
    postalCodeInText: String.raw`(?:\bCH-)?\b\d{4}`,
    example: { vatId: 'CHE-123.456.789', postalCode: '8001' },
  },
  GB: {
    vatId: /^(?:GB|XI)(?:\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
    postalCode: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/,
    postalCodeInText: String.raw`\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}`,
    example: { vatId: 'GB123456789', postalCode: 'SW1A 2AA' },
  },
  /** Other EU member states: the country prefix and 2–13 characters, checked loosely. */
  EU: {
    vatId: /^(?:BE|BG|CY|CZ|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK)[0-9A-Z+*]{2,13}$/,
    postalCode: /^(?:[A-Z]{1,2}-)?\d{4,5}$/,
    postalCodeInText: String.raw`(?:\b[A-Z]{1,2}-)?\b\d{4,5}`,
    example: { vatId: 'FR12345678901', postalCode: '75001' },
  },
} as const satisfies Record<string, Jurisdiction>;

const all: readonly Jurisdiction[] = Object.values(jurisdictions);

/** "DE 248 301 028" → "DE248301028". */
export const compactVatId = (value: string) => value.replace(/\s+/g, '');

export function isVatId(value: string): boolean {
  const compact = compactVatId(value);
  return all.some((j) => j.vatId.test(compact));
}

export function isPostalCode(value: string): boolean {
  return all.some((j) => j.postalCode.test(value.trim()));
}

export const vatIdExamples = all.map((j) => j.example.vatId);
export const postalCodeExamples = all.map((j) => j.example.postalCode);

/** A postal code followed by a town, somewhere in a line of text. */
export const postalCodeAndTown = new RegExp(`(?:${all.map((j) => j.postalCodeInText).join('|')})\\s+${TOWN}`, 'u');

export const town = new RegExp(`^${TOWN}`, 'u');

/**
 * A street and house number, the whole line: "Charlottenstr. 65", "Unter den Linden 5",
 * "Am Markt 12a", "Musterstraße 12-14", and house number first: "10 Downing St".
 */
export const streetLine =
  /^(?:\p{L}[\p{L}.'\- ]*\s\d{1,4}\s?[a-zA-Z]?(?:\s?[-–/]\s?\d{1,4}[a-zA-Z]?)?|\d{1,4}[a-zA-Z]?(?:\s?[-–/]\s?\d{1,4}[a-zA-Z]?)?\s\p{L}[\p{L}.'\- ]*)$/u;

/**
 * A street name with its house number inside a longer line: "Charlottenstr.65", "Musterstraße 12 10117 Berlin".
 * The match starts only where a word starts (`(?<!\p{L})`): from every letter of a long word the
 * leading `\p{L}*` made it quadratic (40,000 letters took 8 s). Same matches as before.
 */
export const streetInText =
  /(?<!\p{L})\p{L}*(?:str\.|straße|strasse|weg|allee|platz|gasse|ring|damm|ufer|chaussee|markt|steig|pfad|graben|kai|street|road|avenue|lane|square)\s*\d{1,4}\s?[a-zA-Z]?\b/iu;

export function isStreet(value: string): boolean {
  return streetLine.test(value.trim()) || streetInText.test(value);
}

/** A name carrying its legal form: "… e.V.", "… GmbH", "… Ltd". */
export const legalForm =
  /(?:\be\.\s?V\.|\bgGmbH\b|\bGmbH\b|\bmbH\b|\bAG\b|\bUG\b|\bKG\b|\bOHG\b|\bGbR\b|\beG\b|\bAöR\b|\bKdöR\b|\bSE\b|\bPartG\b|\bStiftung\b|\bZweckverband\b|\bLtd\.?|\bLimited\b|\bLLC\b|\bInc\.?|\bPLC\b|\bCIC\b|\bB\.V\.|\bS\.A\.|\bSARL\b|\bGenossenschaft\b|\bFoundation\b|\bAssociation\b)/u;

/** The role of an authorised representative: "Geschäftsführer", "Vorstand", "Managing director", "CEO". */
export const representativeRole =
  /\b(?:Geschäftsführer(?:in)?|Geschäftsführung|Vorstand|Vorstände|Vorstandsvorsitzende[r]?|Vorsitzende[r]?|Präsident(?:in)?|Vertreten durch|Vertretungsberechtigt(?:e[r]?)?|Inhaber(?:in)?|Managing [Dd]irectors?|Directors?|Represented by|Chair(?:person)?|Executive [Dd]irector|CEO|Chief Executive(?: Officer)?|President|Proprietor|Owner)\b/u;

/**
 * An e-mail address inside a line of text. It starts only where a run of address characters
 * starts (`(?<![\w.+-])`): trying every position of a long run without `@` was quadratic. Same
 * matches as before.
 */
export const emailInText = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i;

/** A label announcing a VAT ID: "USt-IdNr.", "Umsatzsteuer-Identifikationsnummer", "VAT ID". */
export const vatIdLabel =
  /\b(?:USt\.?-?Id(?:Nr|-Nr)?\.?|Umsatzsteuer-?Identifikationsnummer|VAT(?:\s+(?:ID|No\.?|number|registration number|reg\.? no\.?))?\b|MWST-Nr\.?|UID(?:-Nr\.?)?\b)/i;

/**
 * The VAT ID written after its label: after the last colon of the label's line (or on the next
 * line when the label ends its own), up to a comma or semicolon. Empty when there is none.
 */
export function vatIdAfterLabel(textAfterLabel: string): string {
  const [first = '', ...rest] = textAfterLabel.split('\n');
  const line = first.includes(':') ? first.slice(first.lastIndexOf(':') + 1) : first;
  const value = line.trim() || (rest.find((l) => l.trim()) ?? '').trim();
  return compactVatId(value.split(/[,;]/)[0] ?? '');
}
