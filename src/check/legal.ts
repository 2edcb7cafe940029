import { checkVAT, countries } from 'jsvat';
import {
  hasEmailAddress,
  jurisdictionOfCountry,
  jurisdictionOfVatId,
  legalForm,
  looksLikeStreet,
  postalCodes,
  postOfficeBox,
  publicLawBody,
  streetHint,
  registeredForm,
  representativeRole,
  supervisoryMention,
  vatIdAfterLabel,
  vatIdLabel,
  type ImpressumFinding,
  type Jurisdiction,
} from '../base/legal';
import type { Severity } from './types';

// What a complete Impressum needs, read from the text of a legal footer (one line per line of
// the footer) by jurisdiction. Each problem is a finding with an id that an issue or a
// `checkEmail` call may accept for a legitimate exception; only what is provably wrong (a VAT ID
// that fails its checksum, a German postal code of four digits) or missing altogether (an
// e-mail address) is an error.

const registerMention =
  /Registergericht|Register court|Registernummer|Register number|Registration number|Handelsregister|Vereinsregister|Genossenschaftsregister|Firmenbuch|\bFN\s?\d|Amtsgericht|Handelsgericht|\bHR[AB]\b|\bVR\s?\d|\bZVR|Kamer van Koophandel|\bKvK\b|\bKRS\b|\bRCS\b|SIREN|Companies House|Company (?:number|No)|Registered in|Charity (?:Commission|number)|CHE-\d/iu;
const registerNumber = /\d/u;

export interface ImpressumProblem {
  finding: ImpressumFinding;
  severity: Severity;
  message: string;
  excerpt?: string;
}

const jurisdictionNames: Record<Jurisdiction, string> = {
  DE: 'Germany',
  AT: 'Austria',
  CH: 'Switzerland',
  EU: 'an EU member state',
  GB: 'the United Kingdom',
  US: 'the United States',
  other: 'its country',
};

/** How to keep a finding that is right as written out of the check. */
export function howToAccept(finding: ImpressumFinding): string {
  return `if it is right as written, accept it with { finding: '${finding}', reason: '…' } in the footer's accept (issue data or LegalFooter), or add { rule: 'impressum', matching: /^${finding.replace('/', '\\/')}$/, reason: '…' } to options.allowlist`;
}

/**
 * The lines of a text, trimmed and without empty ones, and the same lines joined by `\n`: per-line
 * tests that only some lines can pass first find those lines in one scan of the joined text.
 */
class Lines {
  readonly list: readonly string[];
  readonly joined: string;
  constructor(text: string) {
    this.list = text.split('\n').map((l) => l.trim()).filter(Boolean);
    this.joined = this.list.join('\n');
  }

  /**
   * The first line (in order) for which `test` gives a value, looking only at the lines in which
   * `hint` (global and multiline; a line without a match of it cannot pass) finds something.
   */
  firstWhere<T>(hint: RegExp, test: (line: string) => T | undefined | false): T | undefined {
    const { joined } = this;
    hint.lastIndex = 0;
    for (let match = hint.exec(joined); match; match = hint.exec(joined)) {
      const start = joined.lastIndexOf('\n', match.index) + 1;
      const newline = joined.indexOf('\n', match.index);
      const end = newline === -1 ? joined.length : newline;
      const value = test(joined.slice(start, end));
      if (value !== undefined && value !== false) return value;
      if (newline === -1) break;
      hint.lastIndex = newline + 1;
    }
    return undefined;
  }

  /** Whether some line passes `test`, looking only at the lines in which `hint` finds something (see `firstWhere`). */
  someWhere(hint: RegExp, test: (line: string) => boolean): boolean {
    return this.firstWhere(hint, (line) => test(line) || undefined) === true;
  }
}

/** A digit anywhere: every postal code has one. */
const digitHint = /\d/g;

/** The country the address names: its country line, else a postal code's country prefix ("CH-8001"). */
function addressCountryOf(lines: Lines): Jurisdiction | undefined {
  for (const line of lines.list) {
    const named = jurisdictionOfCountry(line);
    if (named) return named;
  }
  return lines.firstWhere<Jurisdiction>(digitHint, (line) => {
    if (/^CH-\d{4}\s/.test(line)) return 'CH';
    if (/^AT?-\d{4}\s/.test(line)) return 'AT';
    if (/^D-\d{5}\s/.test(line)) return 'DE';
    return undefined;
  });
}

/** Where the publisher sits: the address's country, else the VAT ID's prefix; Germany when nothing says otherwise. */
function jurisdictionOf(lines: Lines, vatId: string | undefined): Jurisdiction {
  return addressCountryOf(lines) ?? (vatId ? jurisdictionOfVatId(vatId) : undefined) ?? 'DE';
}

function vatIdIn(text: string): { value: string; excerpt: string } | undefined {
  const label = vatIdLabel.exec(text);
  if (!label) return undefined;
  const after = text.slice(label.index + label[0].length);
  return { value: vatIdAfterLabel(after), excerpt: after.split('\n')[0]?.trim().slice(0, 80) ?? '' };
}

/** Lines that carry a label ("Telefon: …", "Registernummer: …") or an e-mail address are no part of the postal address. */
const isLabelled = (line: string) => line.includes(':') || line.includes('@');

/**
 * The plausibility of an Impressum's text, by jurisdiction. `hasMailtoLink`: the footer links an
 * e-mail address (a `mailto:` href) where its text may show a name instead.
 */
export function impressumProblems(text: string, hasMailtoLink: boolean): ImpressumProblem[] {
  const textLines = new Lines(text);
  const lines = textLines.list;
  const vat = vatIdIn(text);
  const j = jurisdictionOf(textLines, vat?.value);
  // The postal code follows the address's country; without a country line, the VAT ID's, else Germany's.
  const named = addressCountryOf(textLines);
  const country = named ?? j;
  const problems: ImpressumProblem[] = [];
  const add = (finding: ImpressumFinding, severity: Severity, message: string, excerpt?: string) =>
    problems.push({ finding, severity, message: `legal footer: ${message}; ${howToAccept(finding)}`, ...(excerpt ? { excerpt } : {}) });

  const postal = postalCodes[country];
  const postalIndex = lines.findIndex((l) => !isLabelled(l) && postal.valid.test(l));
  // The name, legal form, representatives and address stand at the top; the disclaimer below may name any body.
  const head = lines.slice(0, postalIndex < 0 ? 8 : postalIndex + 1).join('\n');

  if (!hasEmailAddress(text) && !hasMailtoLink && j !== 'US') {
    add('impressum/email', 'error', 'no e-mail address (§ 5 DDG and the E-Commerce Directive require a fast electronic contact); expected e.g. "E-Mail: redaktion@example.org"');
  }
  if (j !== 'US' && j !== 'other' && !legalForm.test(head)) {
    add('impressum/legal-form', 'warning', `no legal form recognised in the name or the line below it; expected the form as the body is registered, e.g. "e.V.", "GmbH", "Anstalt des öffentlichen Rechts", "Zweckverband", "Ltd"`);
  }
  if (j !== 'US' && j !== 'other' && !representativeRole.test(text)) {
    add('impressum/representative', 'warning', 'no authorised representative recognised; expected a role and a name, e.g. "Geschäftsführer: Dr. Ralf Resch", "Verbandsvorsteher: …", "Oberbürgermeister: …", "Chief Executive: …"');
  }

  const addressLines = lines.filter((l, i) => i !== postalIndex && !isLabelled(l) && !postOfficeBox.test(l));
  if (!addressLines.some((l) => l.split(',').some((segment) => looksLikeStreet(segment.trim())))) {
    const box = lines.find((l) => postOfficeBox.test(l));
    if (box) add('impressum/post-office-box', 'warning', 'a post-office box stands where the street should be: an Impressum needs an address where documents can be served; expected a street and house number, e.g. "Charlottenstr. 65"', box);
    else add('impressum/street', 'warning', 'no street and house number recognised; expected e.g. "Charlottenstr. 65", "Q 5, 22" or "10 Downing St"');
  }
  if (postalIndex < 0) {
    const wrong = postal.wrong && lines.find((l) => !isLabelled(l) && postal.wrong!.test(l));
    const where = jurisdictionNames[country];
    // Provably wrong only where the address names its country; otherwise the country line may be what is missing.
    if (wrong && named) add('impressum/postal-code', 'error', `the postal code cannot be one of ${where}: expected ${postal.expected}`, wrong);
    else if (wrong) add('impressum/postal-code', 'warning', `the postal code does not have the form of ${where}: expected ${postal.expected}, or a country line when the address is elsewhere (e.g. "Österreich")`, wrong);
    else add('impressum/postal-code', 'warning', `no postal code and town in the form of ${where}; expected ${postal.expected}`);
  }

  const publicBody = j !== 'US' && publicLawBody.test(head);
  if (publicBody && (j === 'DE' || j === 'AT') && !supervisoryMention.test(text)) {
    add('impressum/supervisory-authority', 'warning', 'a public-law body names its supervisory authority in place of a commercial register; expected e.g. "Aufsichtsbehörde: Bezirksregierung Detmold" (publisher.supervisoryAuthority)');
  }
  if (!publicBody && j !== 'US' && j !== 'other' && registeredForm.test(head)) {
    const line = lines.find((l) => registerMention.test(l));
    if (!line) add('impressum/register', 'warning', 'a registered legal form without its register; expected the register court and number, e.g. "Registergericht: Amtsgericht Charlottenburg, Registernummer: VR 25326 Nz"');
    else if (!registerNumber.test(line)) add('impressum/register', 'warning', 'the register is named without its number; expected e.g. "Registernummer: HRB 12345"', line);
  }

  if (vat) problems.push(...vatIdProblems(vat.value, vat.excerpt));
  return problems;
}

/** A VAT ID's form and checksum (jsvat, which knows the EU member states, Switzerland and the UK). */
export function vatIdProblems(value: string, excerpt: string): ImpressumProblem[] {
  const compact = value.replace(/[\s.-]+/g, '').toUpperCase().replace(/^XI/, 'GB');
  const result = compact ? checkVAT(compact, countries) : undefined;
  const finding = 'impressum/vat-id';
  const tail = `; ${howToAccept(finding)}`;
  if (!result || !result.isValidFormat) {
    return [{ finding, severity: 'warning', message: `legal footer: VAT ID ${value ? `"${value}" ` : ''}does not have the form of a VAT ID; expected e.g. "DE248301028", "ATU13585627", "CHE-116.281.710 MWST", "GB980780684"${tail}`, ...(excerpt ? { excerpt } : {}) }];
  }
  if (!result.isValid) {
    return [{ finding, severity: 'error', message: `legal footer: VAT ID "${value}" fails its check digit, so one of its digits is wrong; copy it again from the tax office's letter (e.g. "DE248301028")${tail}`, ...(excerpt ? { excerpt } : {}) }];
  }
  return [];
}

/**
 * What a text lacks to be an Impressum at all, for HTML without a marked legal footer (the
 * `legal-footer` rule): an e-mail address, a legal form, a representative, a street and a postal code.
 */
export function missingImpressumParts(text: string, hasMailtoLink: boolean): string[] {
  const missing: string[] = [];
  const lines = new Lines(text);
  const j = jurisdictionOf(lines, vatIdIn(text)?.value);
  if (!legalForm.test(text) && j !== 'US') missing.push('a name with legal form (e.g. GmbH, e.V., AöR, Ltd)');
  if (!lines.someWhere(streetHint, (l) => !isLabelled(l) && looksLikeStreet(l))) missing.push('a street and house number');
  if (!lines.someWhere(digitHint, (l) => postalCodes[j].valid.test(l))) missing.push('a postal code and town');
  if (!representativeRole.test(text) && j !== 'US') missing.push('an authorised representative ("Geschäftsführer:", "Vorstand:", "Vertreten durch", "Managing director", "CEO")');
  if (!hasEmailAddress(text) && !hasMailtoLink) missing.push('an e-mail address');
  return missing;
}
