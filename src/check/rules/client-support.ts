import { clientSupportAllowlist, findAllowlistEntry, type AllowlistEntry, type FlaggedCode } from '../allowlist';
import { clientName, dataDate, defaultClients } from '../clients';
import { shorten, sourceRange, type EmailDocument } from '../document';
import { defineRule } from '../rule';
import { markupFeatures, stylesheetFeatures, type FeatureUse } from '../support/detect';
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

/** A feature use, located: in the markup (at its element's start tag) or in a `<style>` element. */
type PlacedUse = FeatureUse & { inStyleElement?: true };

/**
 * Every feature use of the email, grouped by title in order of first use: the markup and inline
 * styles first, then each `<style>` block. The flagged code of a use is cut out of the HTML
 * only when a finding or an allowlist entry reads it (`codeOf`).
 */
function featureUses(doc: EmailDocument, styles: readonly StyleSource[]): { byTitle: Map<string, PlacedUse[]>; codeOf: (use: PlacedUse) => FlaggedCode } {
  const byTitle = new Map<string, PlacedUse[]>();
  const add = (use: PlacedUse): void => {
    const group = byTitle.get(use.title);
    if (group) group.push(use);
    else byTitle.set(use.title, [use]);
  };
  for (const use of markupFeatures(doc.html, doc.htmlparser2Root)) add(use);
  for (const style of styles) {
    for (const { title, offset } of stylesheetFeatures(style.css)) {
      add({ title, offset: offset === undefined || style.start === undefined ? undefined : style.start + offset, inStyleElement: true });
    }
  }
  const preheader = doc.preheader ? sourceRange(doc.preheader) : undefined;
  const places = new Map<number | undefined, FlaggedAt>();
  const codeOf = ({ offset, inStyleElement }: PlacedUse): FlaggedCode => {
    if (inStyleElement) return new FlaggedAt(doc.html, offset, true, false);
    let code = places.get(offset);
    if (!code) {
      // Element and inline-style features are reported at the element's start tag.
      const inPreheader = preheader !== undefined && offset !== undefined && offset >= preheader.start && offset < preheader.end;
      code = new FlaggedAt(doc.html, offset, false, inPreheader);
      places.set(offset, code);
    }
    return code;
  };
  return { byTitle, codeOf };
}

/** One feature for one client: unsupported (each use with the allowlist entry that excuses it, if any) or without data. */
interface Verdict {
  title: string;
  support: 'none' | 'unknown';
  uses: readonly PlacedUse[];
  /** The allowlist entries that name this feature and client; an entry's `only` and `matching` decide per use. */
  candidates: readonly AllowlistEntry[];
}

/** The verdicts per client, features in order of first use. */
function verdicts(doc: EmailDocument, clients: readonly EmailClientId[], allowlist: readonly AllowlistEntry[]): { byClient: Map<string, Verdict[]>; codeOf: (use: PlacedUse) => FlaggedCode } {
  const { byTitle, codeOf } = featureUses(doc, styleSources(doc));
  const byClient = new Map<string, Verdict[]>();
  for (const client of clients) {
    const list: Verdict[] = [];
    for (const [title, uses] of byTitle) {
      const support = supportOf(title, client);
      if (support !== 'none' && support !== 'unknown') continue;
      const candidates = support === 'none' ? allowlist.filter((entry) => entry.title === title && (entry.clients === undefined || (entry.clients as readonly string[]).includes(client))) : [];
      list.push({ title, support, uses, candidates });
    }
    byClient.set(client, list);
  }
  return { byClient, codeOf };
}

/** The allowlist entry that excuses this use (the first that does, as `findAllowlistEntry` finds it). */
function allowedBy(verdict: Verdict, client: string, code: FlaggedCode): AllowlistEntry | undefined {
  return verdict.candidates.length === 0 ? undefined : findAllowlistEntry(verdict.candidates, verdict.title, client, code);
}

/** Every caniemail error per client (grouped by feature, in order of first use), each with the allowlist entry that excuses it, if any. */
export interface ClientSupportReport {
  issues: Map<string, (Issue & { allowedBy: AllowlistEntry | undefined })[]>;
  /** Per client, the features the email uses for which caniemail's data has no verdict for that client. */
  unknown: Map<string, Issue[]>;
}

export function clientSupportReport(doc: EmailDocument, clients: readonly EmailClientId[], allowlist: readonly AllowlistEntry[] = clientSupportAllowlist): ClientSupportReport {
  const { byClient, codeOf } = verdicts(doc, clients, allowlist);
  const issues: ClientSupportReport['issues'] = new Map();
  const unknown: ClientSupportReport['unknown'] = new Map();
  for (const [client, list] of byClient) {
    const errors: (Issue & { allowedBy: AllowlistEntry | undefined })[] = [];
    const missing: Issue[] = [];
    for (const verdict of list) {
      for (const use of verdict.uses) {
        const code = codeOf(use);
        if (verdict.support === 'none') errors.push({ title: verdict.title, code, allowedBy: allowedBy(verdict, client, code) });
        else missing.push({ title: verdict.title, code });
      }
    }
    issues.set(client, errors);
    if (missing.length > 0) unknown.set(client, missing);
  }
  return { issues, unknown };
}

/** How many uses of a feature stand in the findings, and the code of the first, shortened. */
function counted(verdict: Verdict, client: string, codeOf: (use: PlacedUse) => FlaggedCode): { count: number; excerpt: string | undefined } {
  let count = 0;
  let first: FlaggedCode | undefined;
  if (verdict.candidates.length === 0) {
    count = verdict.uses.length;
    first = codeOf(verdict.uses[0]!);
  } else {
    for (const use of verdict.uses) {
      const code = codeOf(use);
      if (allowedBy(verdict, client, code)) continue;
      count += 1;
      first ??= code;
    }
  }
  return { count, excerpt: first?.source === undefined ? undefined : shorten(first.source, 120) };
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
    const findings: Finding[] = [];
    try {
      const { byClient, codeOf } = verdicts(doc, clients, [...clientSupportAllowlist, ...(options.allowlist ?? []).filter((entry): entry is AllowlistEntry => 'title' in entry)]);
      for (const [client, list] of byClient) {
        // The unsupported features first, then those without data, each in order of first use.
        for (const verdict of list) {
          if (verdict.support !== 'none') continue;
          const { count, excerpt } = counted(verdict, client, codeOf);
          if (count === 0) continue;
          const times = count > 1 ? ` (${count}×)` : '';
          findings.push(report(`\`${verdict.title}\` is not supported by ${clientName(client)}${times}`, { client, ...(excerpt ? { excerpt } : {}) }));
        }
        for (const verdict of list) {
          if (verdict.support !== 'unknown') continue;
          const { count, excerpt } = counted(verdict, client, codeOf);
          const times = count > 1 ? ` (${count}×)` : '';
          findings.push(
            report(`\`${verdict.title}\` could not be checked for ${clientName(client)}${times}: caniemail's data (${dataDate}) has no verdict for this client`, {
              client,
              ...(excerpt ? { excerpt } : {}),
            }),
          );
        }
      }
    } catch (error) {
      // Whatever fails while judging, no client may pass unjudged: each one gets an error.
      const reason = error instanceof Error ? error.message : String(error);
      return clients.map((client) => report(`${clientName(client)} could not be checked: ${reason}`, { client }));
    }
    return findings;
  },
});
