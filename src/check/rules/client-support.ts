import { caniemail, type CanIEmailOptions } from 'caniemail';
import { findAllowlistEntry, type AllowlistEntry, type FlaggedCode } from '../allowlist';
import { clientName } from '../clients';
import { lineOffsets, shorten, sourceRange, type EmailDocument } from '../document';
import { finding } from '../finding';
import type { EmailClientId, Finding } from '../types';

export interface Issue {
  title: string;
  code: FlaggedCode;
}

interface StyleSource {
  css: string;
  start: number;
}

function styleSources(doc: EmailDocument): StyleSource[] {
  return doc.styles.flatMap(({ element, css }) => {
    const text = element.children[0];
    const start = text ? sourceRange(text)?.start : undefined;
    // Only a block whose text is verbatim in the source can be blanked and located.
    const verbatim = start !== undefined && doc.html.slice(start, start + css.length) === css;
    return !verbatim || css.trim() === '' ? [] : [{ css, start }];
  });
}

/** The HTML with every `<style>` body turned into spaces, so caniemail's positions stay those of the HTML. */
function blankStyles(html: string, styles: readonly StyleSource[]): string {
  let result = html;
  for (const { css, start } of styles) {
    result = result.slice(0, start) + css.replace(/[^\r\n]/g, ' ') + result.slice(start + css.length);
  }
  return result;
}

/** The flagged code in full: an element's start tag, or a CSS rule's selector or declaration. */
function codeAt(source: string, offset: number, stopAt: RegExp): string | undefined {
  if (!Number.isFinite(offset) || offset < 0 || offset >= source.length) return undefined;
  const rest = source.slice(offset, offset + 4000);
  const stop = stopAt.exec(rest);
  return (stop ? rest.slice(0, stop.index + 1) : rest).replace(/\s+/g, ' ').trim();
}

/** The part of caniemail's FeatureIssue this rule reads (the type itself is not exported). */
interface CaniemailIssue {
  title: string;
  position?: { start: { line: number; column: number } } | undefined;
}

function errorsByClient(clients: readonly EmailClientId[], input: { html: string } | { css: string }): Map<string, CaniemailIssue[]> {
  const result = caniemail({ ...input, clients: [...clients] as CanIEmailOptions['clients'] });
  return new Map([...result.issues.errors].map(([client, issues]): [string, CaniemailIssue[]] => [client, issues]));
}

/** Runs caniemail for some clients: the markup and inline styles first, then each `<style>` block. */
function issuesFor(doc: EmailDocument, clients: readonly EmailClientId[], styles: readonly StyleSource[], blanked: string): Map<string, Issue[]> {
  const issues = new Map<string, Issue[]>(clients.map((client) => [client, []]));
  const htmlOffset = lineOffsets(doc.html);
  const preheader = doc.preheader ? sourceRange(doc.preheader) : undefined;
  for (const [client, found] of errorsByClient(clients, { html: blanked })) {
    for (const issue of found) {
      const position = issue.position?.start;
      const offset = position ? htmlOffset(position.line, position.column) : Number.NaN;
      // Element and inline-style features are reported at the element's start tag.
      const inPreheader = preheader !== undefined && offset >= preheader.start && offset < preheader.end;
      issues.get(client)?.push({ title: issue.title, code: { inStyleElement: false, inPreheader, source: codeAt(doc.html, offset, />/) } });
    }
  }
  for (const style of styles) {
    const cssOffset = lineOffsets(style.css);
    for (const [client, found] of errorsByClient(clients, { css: style.css })) {
      for (const issue of found) {
        const position = issue.position?.start;
        const offset = position ? style.start + cssOffset(position.line, position.column) : Number.NaN;
        issues.get(client)?.push({ title: issue.title, code: { inStyleElement: true, inPreheader: false, source: codeAt(doc.html, offset, /[{;}]/) } });
      }
    }
  }
  return issues;
}

/** Every caniemail error per client, each with the allowlist entry that excuses it, if any. */
export interface ClientSupportReport {
  issues: Map<string, (Issue & { allowedBy: AllowlistEntry | undefined })[]>;
  /** Clients caniemail threw for, with its message. */
  unchecked: Map<string, string>;
}

export function clientSupportReport(doc: EmailDocument, clients: readonly EmailClientId[]): ClientSupportReport {
  const styles = styleSources(doc);
  const blanked = blankStyles(doc.html, styles);
  const unchecked = new Map<string, string>();
  let perClient: Map<string, Issue[]>;
  try {
    perClient = issuesFor(doc, clients, styles, blanked); // one caniemail pass for all clients is ~8× faster
  } catch {
    perClient = new Map();
    for (const client of clients) {
      try {
        perClient.set(client, issuesFor(doc, [client], styles, blanked).get(client) ?? []);
      } catch (error) {
        // caniemail throws when its data lacks a feature for a client: that client goes unchecked.
        unchecked.set(client, error instanceof Error ? error.message : String(error));
      }
    }
  }
  const issues = new Map(
    [...perClient].map(([client, list]) => [client, list.map((issue) => ({ ...issue, allowedBy: findAllowlistEntry(issue.title, client, issue.code) }))] as const),
  );
  return { issues, unchecked };
}

/** caniemail errors per client, minus the allowlist; one finding per client and feature, with a count. */
export function checkClientSupport(doc: EmailDocument, clients: readonly EmailClientId[]): Finding[] {
  const { issues, unchecked } = clientSupportReport(doc, clients);
  const findings: Finding[] = [...unchecked].map(([client, reason]) =>
    finding('client-support', `${clientName(client)} could not be checked: caniemail says ${reason}`, { severity: 'warning', client }),
  );
  for (const [client, list] of issues) {
    const byTitle = new Map<string, { count: number; excerpt: string | undefined }>();
    for (const { title, code, allowedBy } of list) {
      if (allowedBy) continue;
      const seen = byTitle.get(title);
      if (seen) seen.count += 1;
      else byTitle.set(title, { count: 1, excerpt: code.source === undefined ? undefined : shorten(code.source, 120) });
    }
    for (const [title, { count, excerpt }] of byTitle) {
      const times = count > 1 ? ` (${count}×)` : '';
      findings.push(
        finding('client-support', `\`${title}\` is not supported by ${clientName(client)}${times}`, { client, ...(excerpt ? { excerpt } : {}) }),
      );
    }
  }
  return findings;
}
