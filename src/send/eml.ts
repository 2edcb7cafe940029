import MailComposer from 'nodemailer/lib/mail-composer';
import type { AnyBlock } from '../define/defineBlock';
import { asParsedIssue, type ParsedIssue } from '../issue/parse';
import type { IssueData } from '../issue/schema';
import { unsubscribeUrlOf } from '../issue/sending';

/**
 * Who writes the List-Unsubscribe headers: `library` writes them here; `esp` leaves them to the
 * mail service (it knows each recipient's URL); `off` writes none.
 */
export type ListUnsubscribe = 'library' | 'esp' | 'off';

export interface EmlOptions {
  /** The To header; the file is a preview, so a placeholder. @default 'recipient@example.invalid' */
  to?: string;
  /** @default now */
  date?: Date;
  /** @default a random id at the sender's domain */
  messageId?: string;
  /** @default 'library' */
  listUnsubscribe?: ListUnsubscribe;
}

export class EmlError extends Error {
  override name = 'EmlError';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** `List-Unsubscribe` (RFC 2369) as one header, https first, and whether one-click (RFC 8058) applies. */
function listUnsubscribeHeaders(url: string, mailto: string | undefined): { headers: Record<string, string>; problems: string[] } {
  let https = false;
  try {
    https = new URL(url).protocol === 'https:';
  } catch {
    // a merge tag: the mail service fills it in per recipient
  }
  if (!https) {
    return {
      headers: {},
      problems: [
        `unsubscribe.url: must be an https URL for the List-Unsubscribe header and one-click unsubscribe (RFC 8058), got ${JSON.stringify(url)}; where the mail service fills in the URL, let it write the header (listUnsubscribe: 'esp')`,
      ],
    };
  }
  const targets = [url, mailto].filter(Boolean).map((t) => `<${t}>`);
  return { headers: { 'List-Unsubscribe': targets.join(', '), 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }, problems: [] };
}

/**
 * The issue as an RFC 5322 message (`.eml`): `multipart/alternative` with the text part first
 * and the HTML part last (clients show the last part they can), Subject, From, a To placeholder,
 * Date, Message-ID and the one-click unsubscribe headers that Gmail and Yahoo require of bulk
 * senders. `html` and `text` are what `renderEmail` returned for the same issue. Takes issue
 * data, or an issue `parseIssue` has parsed (not parsed again).
 */
export async function buildEml(data: IssueData | ParsedIssue<AnyBlock>, parts: { html: string; text: string }, options: EmlOptions = {}): Promise<string> {
  const issue = asParsedIssue(data as IssueData);
  const problems: string[] = [];
  if (!issue.from) problems.push('from: is required for the .eml message: { name?, address } of the sender');
  let headers: Record<string, string> = {};
  if ((options.listUnsubscribe ?? 'library') === 'library') {
    const list = listUnsubscribeHeaders(unsubscribeUrlOf(issue), issue.unsubscribe?.mailto);
    headers = list.headers;
    problems.push(...list.problems);
  }
  if (problems.length || !issue.from) throw new EmlError(problems);
  const composer = new MailComposer({
    from: issue.from.name ? { name: issue.from.name, address: issue.from.address } : issue.from.address,
    to: options.to ?? 'recipient@example.invalid',
    subject: issue.subject ?? issue.title,
    date: options.date ?? new Date(),
    ...(options.messageId ? { messageId: options.messageId } : {}),
    headers,
    text: parts.text,
    html: parts.html,
  });
  const message = await composer.compile().build();
  return message.toString('utf8');
}
