/**
 * What an Impressum (§ 5 DDG, and its equivalents where the publisher sits) is made of, per
 * jurisdiction. Two kinds of rule read these definitions:
 *
 * - `LegalFooter` refuses only what is missing or unsafe: every part is free text, because real
 *   bodies write legal forms, roles and addresses that no list foresees ("Verbandsvorsteher",
 *   "Q 5, 22", "1012 AB", "'s-Hertogenbosch").
 * - The email check's `impressum` rule judges plausibility by jurisdiction and reports a finding
 *   (a warning, or an error where the value is provably wrong) that can be accepted for a
 *   legitimate exception (`impressumFindings`).
 *
 * Every pattern here runs on one line of a footer (at most a few hundred characters) and is
 * linear in it: literal alternatives and bounded runs, no nested quantifiers over the same
 * characters.
 */

/** Where the publisher sits, as far as the Impressum is concerned. */
export type Jurisdiction = 'DE' | 'AT' | 'CH' | 'EU' | 'GB' | 'US' | 'other';

/** Country names and codes as addresses write them, in the languages the corpus shows. */
const COUNTRIES: Record<Exclude<Jurisdiction, 'EU' | 'other'>, readonly string[]> = {
  DE: ['de', 'd', 'deu', 'deutschland', 'germany', 'allemagne', 'niemcy', 'duitsland', 'bundesrepublik deutschland'],
  AT: ['at', 'a', 'aut', 'österreich', 'oesterreich', 'austria', 'autriche', 'austria (österreich)'],
  CH: ['ch', 'che', 'schweiz', 'switzerland', 'suisse', 'svizzera', 'svizra', 'szwajcaria'],
  GB: ['gb', 'uk', 'gbr', 'united kingdom', 'great britain', 'england', 'scotland', 'wales', 'northern ireland', 'vereinigtes königreich', 'großbritannien', 'royaume-uni'],
  US: ['us', 'usa', 'u.s.', 'u.s.a.', 'united states', 'united states of america', 'vereinigte staaten', 'états-unis'],
};
/** Other member states of the EU, by code and common names. */
const EU_COUNTRIES = [
  'be', 'belgien', 'belgium', 'belgique', 'bg', 'bulgaria', 'bulgarien', 'cy', 'cyprus', 'zypern', 'cz', 'czechia', 'czech republic', 'tschechien', 'dk', 'denmark', 'dänemark', 'danmark',
  'ee', 'estonia', 'estland', 'es', 'spain', 'spanien', 'españa', 'fi', 'finland', 'finnland', 'suomi', 'fr', 'france', 'frankreich', 'francja', 'gr', 'el', 'greece', 'griechenland',
  'hr', 'croatia', 'kroatien', 'hu', 'hungary', 'ungarn', 'ie', 'ireland', 'irland', 'it', 'italy', 'italien', 'italia', 'lt', 'lithuania', 'litauen', 'lu', 'luxembourg', 'luxemburg',
  'lv', 'latvia', 'lettland', 'mt', 'malta', 'nl', 'netherlands', 'the netherlands', 'niederlande', 'nederland', 'pays-bas', 'holandia', 'pl', 'poland', 'polen', 'polska', 'pologne',
  'pt', 'portugal', 'ro', 'romania', 'rumänien', 'se', 'sweden', 'schweden', 'sverige', 'si', 'slovenia', 'slowenien', 'sk', 'slovakia', 'slowakei',
];

const byName = new Map<string, Jurisdiction>([
  ...Object.entries(COUNTRIES).flatMap(([j, names]) => names.map((n) => [n, j as Jurisdiction] as const)),
  ...EU_COUNTRIES.map((n) => [n, 'EU'] as const),
]);

/** The jurisdiction a country line names ("Deutschland", "AT", "United Kingdom"), or `undefined` when it names none we know. */
export function jurisdictionOfCountry(country: string): Jurisdiction | undefined {
  const key = country.trim().toLowerCase().replace(/\s+/g, ' ');
  return key.length > 40 ? undefined : byName.get(key);
}

/** The member state an EU VAT ID's prefix names, for the check's messages. */
export const euVatPrefixes = ['BE', 'BG', 'CY', 'CZ', 'DK', 'EE', 'EL', 'ES', 'FI', 'FR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'] as const;

/** The jurisdiction a VAT ID's prefix names: "DE…", "ATU…", "CHE-…", "GB…", "FR…". */
export function jurisdictionOfVatId(vatId: string): Jurisdiction | undefined {
  const prefix = vatId.trim().slice(0, 3).toUpperCase();
  if (prefix.startsWith('DE')) return 'DE';
  if (prefix.startsWith('ATU')) return 'AT';
  if (prefix.startsWith('CHE')) return 'CH';
  if (prefix.startsWith('GB') || prefix.startsWith('XI')) return 'GB';
  return (euVatPrefixes as readonly string[]).includes(prefix.slice(0, 2)) ? 'EU' : undefined;
}

/** "DE 248 301 028" → "DE248301028". */
export const compactVatId = (value: string) => value.replace(/[\s.-]+/g, '');

/**
 * How an address line reads where the publisher sits: "10117 Berlin", "London SW1A 2AA",
 * "Washington, DC 20500".
 */
export function postalLine(postalCode: string, city: string, jurisdiction: Jurisdiction): string {
  if (jurisdiction === 'GB') return `${city} ${postalCode}`;
  if (jurisdiction === 'US') return `${city}, ${postalCode}`;
  return `${postalCode} ${city}`;
}

/** Word edges that know letters beyond ASCII (JavaScript's `\b` does not: "öffentlich", "autorité"). */
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

/**
 * Legal forms, written out and abbreviated, that a name or a legal-form line carries: German,
 * Austrian and Swiss companies, associations and public-law bodies, and the common forms of the
 * Netherlands, Poland, France, the UK and the US. The list serves the check only (a form it does
 * not know is a warning that can be accepted), never a refusal.
 */
export const legalForm = new RegExp(
  [
    String.raw`\be\.\s?V\.`,
    String.raw`\be\.\s?K\.`,
    `${B}(?:g?GmbH|mbH|AG|UG|KG|KGaA|OHG|GbR|eG|SE|PartG|AöR|KdöR)${E}`,
    `${B}(?:Anstalt|Körperschaft|Stiftung) (?:des )?öffentlichen Rechts${E}`,
    `${B}öffentlich-rechtliche${E}`,
    `${B}(?:Zweckverband|Eigenbetrieb|Kommunalunternehmen|Stiftung|Landkreis|Kreis|Stadt|Landeshauptstadt|Gemeinde|Markt|Bezirk|Kanton|Gebietskörperschaft|Bundesoberbehörde|Behörde|Verein|Verband|Genossenschaft|Aktiengesellschaft|Gesellschaft mit beschränkter Haftung|Einzelunternehmen|Einrichtung)${E}`,
    `${B}(?:[BN]\\.V\\.|vereniging|stichting|coöperatie|gemeente|publiekrechtelijk)`,
    `${B}(?:sp\\.\\s?z\\s?o\\.\\s?o\\.|S\\.A\\.|spółka|fundacja|stowarzyszenie|związek|urząd|jednostka samorządu)`,
    `${B}(?:SA|SAS|SARL|SCOP|EURL|société|association|collectivité|ville de|autorité|établissement public)${E}`,
    `${B}(?:Ltd\\.?|Limited|PLC|LLP|CIC|LLC|Inc\\.?|Corp\\.?|Corporation|Foundation|Association|Charity|Council|Authority|Department|ministerial|Royal Charter|City of|nonprofit|non-profit|501\\(c\\)\\(3\\))`,
  ].join('|'),
  'iu',
);

/**
 * Public-law bodies: they name a supervisory authority (Aufsichtsbehörde) in place of a
 * commercial register, and are represented by their head ("Verbandsvorsteher", "Landrat",
 * "Oberbürgermeister", the Vorstand or the Verwaltungsrat).
 */
export const publicLawBody = new RegExp(
  `${B}(?:AöR|KdöR|Anstalt (?:des )?öffentlichen Rechts|Körperschaft (?:des )?öffentlichen Rechts|Stiftung (?:des )?öffentlichen Rechts|öffentlich-rechtliche|Zweckverband|Eigenbetrieb|Kommunalunternehmen|Landkreis|Landeshauptstadt|Stadt|Gemeinde|Bundesoberbehörde|Gebietskörperschaft)${E}`,
  'u',
);

/** Forms entered in a commercial or association register: an Impressum names the court and the number. */
export const registeredForm =
  /\b(?:e\.\s?V\.|e\.\s?K\.|g?GmbH|mbH|AG|UG|KG|KGaA|OHG|eG|SE|PartG|Ltd\.?|Limited|PLC|LLP|[BN]\.V\.|sp\.\s?z\s?o\.\s?o\.|S\.A\.|SARL|SAS)(?=$|[\s,;)])/u;

/** The label of a supervisory authority, in the footer's text. */
export const supervisoryMention = /Aufsichtsbehörde|Aufsicht\b|Stiftungsaufsicht|Rechtsaufsicht|supervisory authority|Supervisory authority/u;

/**
 * Roles of authorised representatives, by the stem of the word: "Geschäftsführer",
 * "Vorstandsvorsitzende", "Verbandsvorsteher", "Oberbürgermeisterin", "Landrat", "Intendant",
 * "Burgemeester", "Prezes Zarządu", "Maire", "Chief Executive", "Mayor". Matched inside longer
 * words, case-insensitively; a role it does not know is a warning that can be accepted.
 */
export const representativeRole = new RegExp(
  [
    'geschäftsführ', 'geschäftsleitung', 'vorstand', 'vorstände', 'vorsitz', 'vorsteher', 'präsident', 'vertreten', 'vertretungsberechtigt', 'inhaber',
    'bürgermeister', 'landrat', 'landrätin', 'verwaltungsrat', 'werkleit', 'intendant', 'direktor', 'direktion', 'leiter', 'leitung', 'generalsekretär', 'konzernleit',
    'burgemeester', 'voorzitter', 'directeur', 'directrice', 'bestuurder', 'prezes', 'prezeska', 'prezydent', 'dyrektor', 'zarząd', 'maire', 'gérant', 'président',
    'mayor', 'chief executive', 'director', 'chair', 'ceo', 'president', 'secretary', 'managing', 'owner', 'proprietor', 'represented by', 'partner', 'principal',
  ].join('|'),
  'iu',
);

/** A post-office box, which is no address where documents can be served. */
export const postOfficeBox = new RegExp(`${B}(?:Postfach|Postschließfach|Postbus|P\\.?\\s?O\\.?\\s?Box|Post Office Box|Boîte postale|Case postale|Casella postale|Skrytka pocztowa)${E}`, 'iu');

/**
 * A street and house number in a line: a letter and a digit ("Charlottenstr. 65", "Q 5, 22",
 * "10 Downing St", "ul. Orzechowska 4 lok. 4"), or a house number written as a word ("One
 * Apple Park Way").
 */
export function looksLikeStreet(line: string): boolean {
  return (/\d/.test(line) && /\p{L}/u.test(line)) || /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten) \p{L}/u.test(line);
}

/**
 * What every line that `looksLikeStreet` accepts holds (a digit, or a house number word at its
 * start), for finding the candidate lines of a long text in one scan: global and multiline.
 */
export const streetHint = /\d|^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten) /gmu;

/**
 * Postal codes per jurisdiction, as they stand beside the town in an address line. `valid` is
 * the jurisdiction's form; `wrong` a form that is provably not one (a German code of four digits).
 */
export const postalCodes: Record<Jurisdiction, { valid: RegExp; wrong?: RegExp; expected: string }> = {
  DE: { valid: /(?:^|\s|D-)\d{5}\s+\p{L}/u, wrong: /^(?:D-)?(?:\d{4}|\d{6,})\s+\p{L}/u, expected: 'five digits before the town, e.g. "10117 Berlin"' },
  AT: { valid: /(?:^|\s|AT?-)\d{4}\s+\p{L}/u, wrong: /^(?:AT?-)?(?:\d{3}|\d{5,})\s+\p{L}/u, expected: 'four digits before the town, e.g. "1010 Wien"' },
  CH: { valid: /(?:^|\s|CH-)\d{4}\s+\p{L}/u, wrong: /^(?:CH-)?(?:\d{3}|\d{5,})\s+\p{L}/u, expected: 'four digits before the town, e.g. "8001 Zürich"' },
  EU: {
    // NL "1012 AB Amsterdam", PL "00-950 Warszawa", FR "75001 Paris", BE/DK/… four digits, SE "114 55 Stockholm", IE Eircode.
    valid: /(?:^|\s|[A-Z]{1,2}-)(?:\d{4}\s?[A-Z]{2}|\d{2}-\d{3}|\d{3}\s\d{2}|\d{4,5})\s+\S|\b[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y0-9]{4}\b/u,
    expected: 'the postal code beside the town, e.g. "1012 AB Amsterdam", "00-950 Warszawa", "75001 Paris"',
  },
  GB: { valid: /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/u, expected: 'a postcode after the town, e.g. "London SW1A 2AA"' },
  US: { valid: /\b\d{5}(?:-\d{4})?\b/u, expected: 'a ZIP code after the town and state, e.g. "Washington, DC 20500"' },
  other: { valid: /\d/u, expected: 'the postal code beside the town, e.g. "1010 Wien"' },
};

/** An e-mail address inside a line of text; the parts are bounded, so a long line is read once. */
export const emailInText = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[a-z]{2,24}\b/i;

/** `emailInText`'s domain part, tried where an `@` stands (sticky). */
const domainAfterAt = /[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[a-z]{2,24}\b/iy;
const localPartChar = /[\w.+-]/;

/**
 * Whether `emailInText` finds an address in the text, read from each `@` rather than from every
 * character: an address is one character of a local part right before an `@` and a domain after
 * it (a longer local part adds nothing to whether there is one). `emailInText.test` tries up to 64
 * characters at every position, which a long line without addresses makes 64 times its length.
 */
export function hasEmailAddress(text: string): boolean {
  for (let at = text.indexOf('@', 1); at !== -1; at = text.indexOf('@', at + 1)) {
    if (!localPartChar.test(text[at - 1]!)) continue;
    domainAfterAt.lastIndex = at + 1;
    if (domainAfterAt.test(text)) return true;
  }
  return false;
}

/** A label announcing a VAT ID: "USt-IdNr.", "Umsatzsteuer-Identifikationsnummer", "VAT ID". */
export const vatIdLabel =
  /\b(?:USt\.?-?Id(?:Nr|-Nr)?\.?|Umsatzsteuer-?Identifikationsnummer|VAT(?:\s+(?:ID|No\.?|number|registration number|reg\.? no\.?))?\b|MWST-Nr\.?|UID(?:-Nr\.?)?\b|N° TVA(?: intracommunautaire)?|BTW-(?:id|nummer)|NIP UE)/i;

/**
 * The VAT ID written after its label: after the last colon of the label's line (or on the next
 * line when the label ends its own), up to a comma or semicolon. Empty when there is none.
 */
export function vatIdAfterLabel(textAfterLabel: string): string {
  const [first = '', ...rest] = textAfterLabel.split('\n');
  const line = first.includes(':') ? first.slice(first.lastIndexOf(':') + 1) : first;
  const value = line.trim() || (rest.find((l) => l.trim()) ?? '').trim();
  return (value.split(/[,;]/)[0] ?? '').trim();
}

/**
 * The plausibility findings of the Impressum rule, each with the id by which an issue or a
 * `checkEmail` call accepts it for a legitimate exception.
 */
export const impressumFindings = {
  'impressum/email': 'no e-mail address',
  'impressum/legal-form': 'no legal form recognised in the name or the legal-form line',
  'impressum/street': 'no street and house number recognised',
  'impressum/post-office-box': 'a post-office box where the street should be',
  'impressum/postal-code': 'no postal code in the form of the jurisdiction',
  'impressum/representative': 'no authorised representative recognised',
  'impressum/register': 'a registered legal form without register court and number',
  'impressum/supervisory-authority': 'a public-law body without its supervisory authority',
  'impressum/vat-id': 'a VAT ID that is malformed or fails its checksum',
} as const;

export type ImpressumFinding = keyof typeof impressumFindings;
export const impressumFindingIds = Object.keys(impressumFindings) as ImpressumFinding[];
