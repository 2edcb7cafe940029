import { clientSupportAllowlist, findAllowlistEntry, type AllowlistEntry, type FlaggedCode } from '../allowlist';
import { clientName, dataDate, defaultClients } from '../clients';
import { shorten, sourceRange, type EmailDocument } from '../document';
import { defineRule } from '../rule';
import { markupFeatures, stylesheetFeatures } from '../support/detect';
import { supportOf } from '../support/features';
import type { EmailClientId } from '../support/clients';
import type { Finding } from '../types';

export interface Issue {
  title: string;
  code: FlaggedCode;
}

interface StyleSource {
  css: string;
  /** Where the CSS starts in the HTML; undefined when the element's text is not verbatim in the source. */
  start: number | undefined;
}

function styleSources(doc: EmailDocument): StyleSource[] {
  return doc.styles.flatMap(({ element, css }) => {
    const text = element.children[0];
    const start = text ? sourceRange(text)?.start : undefined;
    const verbatim = start !== undefined && doc.html.slice(start, start + css.length) === css;
    return css.trim() === '' ? [] : [{ css, start: verbatim ? start : undefined }];
  });
}

/** The flagged code in full: an element's start tag, or a CSS rule's selector or declaration. */
function codeAt(source: string, offset: number | undefined, stopAt: RegExp): string | undefined {
  if (offset === undefined || !Number.isFinite(offset) || offset < 0 || offset >= source.length) return undefined;
  const rest = source.slice(offset, offset + 4000);
  const stop = stopAt.exec(rest);
  return (stop ? rest.slice(0, stop.index + 1) : rest).replace(/\s+/g, ' ').trim();
}

/** Where a feature is used; the code is cut out of the HTML only when a finding or allowlist entry reads it. */
class FlaggedAt implements FlaggedCode {
  #source: string | undefined | null = null;
  constructor(
    private readonly html: string,
    private readonly offset: number | undefined,
    readonly inStyleElement: boolean,
    readonly inPreheader: boolean,
  ) {}

  get source(): string | undefined {
    if (this.#source === null) this.#source = codeAt(this.html, this.offset, this.inStyleElement ? /[{;}]/ : />/);
    return this.#source;
  }
}

/** Every feature use of the email: the markup and inline styles first, then each `<style>` block. */
function featureUses(doc: EmailDocument, styles: readonly StyleSource[]): Issue[] {
  const preheader = doc.preheader ? sourceRange(doc.preheader) : undefined;
  const uses: Issue[] = [];
  const places = new Map<number | undefined, FlaggedAt>();
  for (const { title, offset } of markupFeatures(doc.html, doc.htmlparser2Root)) {
    let code = places.get(offset);
    if (!code) {
      // Element and inline-style features are reported at the element's start tag.
      const inPreheader = preheader !== undefined && offset !== undefined && offset >= preheader.start && offset < preheader.end;
      code = new FlaggedAt(doc.html, offset, false, inPreheader);
      places.set(offset, code);
    }
    uses.push({ title, code });
  }
  for (const style of styles) {
    for (const { title, offset } of stylesheetFeatures(style.css)) {
      const at = offset === undefined || style.start === undefined ? undefined : style.start + offset;
      uses.push({ title, code: new FlaggedAt(doc.html, at, true, false) });
    }
  }
  return uses;
}

/** Every caniemail error per client (grouped by feature, in order of first use), each with the allowlist entry that excuses it, if any. */
export interface ClientSupportReport {
  issues: Map<string, (Issue & { allowedBy: AllowlistEntry | undefined })[]>;
  /** Per client, the features the email uses for which caniemail's data has no verdict for that client. */
  unknown: Map<string, Issue[]>;
}

export function clientSupportReport(doc: EmailDocument, clients: readonly EmailClientId[], allowlist: readonly AllowlistEntry[] = clientSupportAllowlist): ClientSupportReport {
  const uses = featureUses(doc, styleSources(doc));
  const issues: ClientSupportReport['issues'] = new Map();
  const unknown: ClientSupportReport['unknown'] = new Map();
  const byTitle = new Map<string, Issue[]>();
  for (const use of uses) {
    const group = byTitle.get(use.title);
    if (group) group.push(use);
    else byTitle.set(use.title, [use]);
  }
  for (const client of clients) {
    const errors: (Issue & { allowedBy: AllowlistEntry | undefined })[] = [];
    const missing: Issue[] = [];
    for (const [title, group] of byTitle) {
      const support = supportOf(title, client);
      if (support === 'none') for (const use of group) errors.push({ ...use, allowedBy: findAllowlistEntry(allowlist, title, client, use.code) });
      else if (support === 'unknown') missing.push(...group);
    }
    issues.set(client, errors);
    if (missing.length > 0) unknown.set(client, missing);
  }
  return { issues, unknown };
}

function countByTitle(list: readonly Issue[]): Map<string, { count: number; excerpt: string | undefined }> {
  const byTitle = new Map<string, { count: number; excerpt: string | undefined }>();
  for (const { title, code } of list) {
    const seen = byTitle.get(title);
    if (seen) seen.count += 1;
    else byTitle.set(title, { count: 1, excerpt: code.source === undefined ? undefined : shorten(code.source, 120) });
  }
  return byTitle;
}

export const clientSupport = defineRule({
  id: 'client-support',
  severity: 'error',
  description:
    'No HTML or CSS feature that caniemail marks as unsupported by one of the checked clients, except the entries of the allowlist (src/check/allowlist.ts) and those passed in `CheckOptions.allowlist`. One finding per client and feature, with a count. A feature for which caniemail has no data for a checked client is an error too, naming the client and the feature: nothing is left unchecked.',
  clients: 'Gmail web/iOS/Android, Outlook Windows/macOS/Outlook.com, Apple Mail macOS/iOS, Yahoo web, GMX web, WEB.DE web, Thunderbird',
  source: 'caniemail 2.0.2 data (https://www.caniemail.com)',
  check(doc, { options, report }) {
    const clients = options.clients ?? defaultClients;
    let result: ClientSupportReport;
    try {
      result = clientSupportReport(doc, clients, [...clientSupportAllowlist, ...(options.allowlist ?? []).filter((entry): entry is AllowlistEntry => 'title' in entry)]);
    } catch (error) {
      // Whatever fails while judging, no client may pass unjudged: each one gets an error.
      const reason = error instanceof Error ? error.message : String(error);
      return clients.map((client) => report(`${clientName(client)} could not be checked: ${reason}`, { client }));
    }
    const findings: Finding[] = [];
    for (const [client, list] of result.issues) {
      for (const [title, { count, excerpt }] of countByTitle(list.filter((issue) => !issue.allowedBy))) {
        const times = count > 1 ? ` (${count}×)` : '';
        findings.push(report(`\`${title}\` is not supported by ${clientName(client)}${times}`, { client, ...(excerpt ? { excerpt } : {}) }));
      }
      for (const [title, { count, excerpt }] of countByTitle(result.unknown.get(client) ?? [])) {
        const times = count > 1 ? ` (${count}×)` : '';
        findings.push(
          report(`\`${title}\` could not be checked for ${clientName(client)}${times}: caniemail's data (${dataDate}) has no verdict for this client`, {
            client,
            ...(excerpt ? { excerpt } : {}),
          }),
        );
      }
    }
    return findings;
  },
});
