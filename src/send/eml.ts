import { createHash, randomBytes } from 'node:crypto';
import { domainToASCII } from 'node:url';
import MailComposer from 'nodemailer/lib/mail-composer';
import { encodeWord, encodeWords } from 'nodemailer/lib/mime-funcs';
import { isEmailAddress } from '../base/values/email';
import type { AnyBlock } from '../define/defineBlock';
import type { ParsedIssue } from '../issue/parse';
import type { IssueData } from '../issue/schema';
import { unsubscribeUrlOf } from '../issue/sending';
import { OutputError, parsedIssueFor } from './error';

/**
 * Who writes the List-Unsubscribe headers: `library` writes them here; `esp` leaves them to the
 * mail service (it knows each recipient's URL); `off` writes none.
 */
export type ListUnsubscribe = 'library' | 'esp' | 'off';

export interface EmlOptions {
  /** The To header; the file is a preview, so a placeholder. @default 'recipient@example.invalid' */
  to?: string;
  /** @default now; with `reproducible`, the issue date at 00:00 UTC */
  date?: Date;
  /** `<id@domain>`. @default a random id at the sender's domain; with `reproducible`, one made from the message's content */
  messageId?: string;
  /**
   * The shared part of the MIME boundaries: letters, digits, `_` and `-`, at most 40.
   * @default random; with `reproducible`, made from the message's content
   */
  boundary?: string;
  /**
   * The same issue and parts give the same bytes: Date, Message-ID and boundary, where not given,
   * come from the issue (its date) and a hash of the message's content instead of the clock and
   * chance. For snapshots and reviewable files; a message that is sent wants the defaults.
   * @default false
   */
  reproducible?: boolean;
  /** @default 'library' */
  listUnsubscribe?: ListUnsubscribe;
}

/** The message could not be built: every problem names its field (issue data or option). */
export class EmlError extends OutputError {
  override name = 'EmlError';
}

// ---- header values --------------------------------------------------------------------------

/** RFC 5322 §2.1.1: lines SHOULD be at most 78 octets and MUST be at most 998. */
const FOLD_AT = 78;
const LINE_LIMIT = 998;

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
const isPrintableAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

/**
 * `Name: value` folded at white space so that each line has at most 78 octets where the words
 * allow it; a word longer than a line (a long URL) stands alone on its line. The value is ASCII
 * by then: non-ASCII text is encoded first (`encodedText`), URLs percent-encoded (`headerUri`).
 */
export function foldHeader(name: string, value: string): string {
  const words = value.split(' ');
  const lines: string[] = [];
  let line = `${name}:`;
  for (const word of words) {
    if (line.length + 1 + word.length > FOLD_AT && line !== '' && line !== `${name}:`) {
      lines.push(line);
      line = '';
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines.join('\r\n');
}

const SPECIALS = /[()<>[\]:;@\\,."]/;
const quoted = (text: string) => (SPECIALS.test(text) ? `"${text.replace(/(["\\])/g, '\\$1')}"` : text);

/**
 * Subject text: left as it is when it is printable ASCII in words that fit on a line, else its
 * non-ASCII words (or, for a word longer than a line, the whole text) as RFC 2047 encoded words
 * (base64, UTF-8) of at most 52 characters, which fold anywhere — nodemailer's own choice left a
 * 1,200-letter name as one 1,201-octet line.
 */
function encodedText(text: string): string {
  const wordsFit = text.split(' ').every((word) => word.length <= FOLD_AT - 20);
  const looksEncoded = /=\?/.test(text);
  if (isPrintableAscii(text) && wordsFit && !looksEncoded) return text;
  return wordsFit && !looksEncoded ? encodeWords(text, 'B', 52) : encodeWord(text, 'B', 52);
}

/**
 * A display name (a phrase, RFC 5322 §3.2.5): runs of ASCII words as they are, or as a quoted
 * string when they hold specials (`,` `"` `:` …); runs of non-ASCII words as encoded words. No
 * ASCII word is ever encoded, so that encoded words stand next to each other only inside one long
 * non-ASCII run: Python's `email` keeps the space between two adjacent encoded words in a phrase
 * where RFC 2047 (and mailparser) drop it. An ASCII word longer than a line stays whole on its
 * line (the schema keeps names to 200 characters, far within 998 octets).
 */
function encodedPhrase(text: string): string {
  const runs: { ascii: boolean; words: string[] }[] = [];
  for (const word of text.split(' ')) {
    const ascii = isPrintableAscii(word) && !/=\?/.test(word);
    const last = runs[runs.length - 1];
    if (last && last.ascii === ascii) last.words.push(word);
    else runs.push({ ascii, words: [word] });
  }
  return runs.map((run) => (run.ascii ? quoted(run.words.join(' ')) : encodeWord(run.words.join(' '), 'B', 52))).join(' ');
}

const SAFE_IN_URI = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+;=%]/;

/** Percent-encodes (UTF-8) every character that may not stand in a URI as it is, leaving existing `%XX` escapes alone. */
function percentEncodeRest(text: string): string {
  let out = '';
  for (const char of text) out += SAFE_IN_URI.test(char) ? char : encodeURIComponent(char);
  return out;
}

/**
 * A List-Unsubscribe target as the URI (RFC 3986) that the header must carry: ASCII only, a
 * non-ASCII host as punycode and the rest percent-encoded UTF-8 (`…/best%C3%A4tigen`), never an
 * RFC 2047-encoded header in which no client finds a URL.
 */
export function headerUri(value: string): string | undefined {
  if (/^mailto:/i.test(value)) {
    const [target = '', query] = value.slice(7).split(/\?(.*)/s, 2);
    const at = target.lastIndexOf('@');
    const domain = domainToASCII(target.slice(at + 1));
    if (at < 1 || !domain) return undefined;
    return `mailto:${percentEncodeRest(target.slice(0, at))}@${domain}${query === undefined ? '' : `?${percentEncodeRest(query)}`}`;
  }
  try {
    return new URL(value).href;
  } catch {
    return undefined;
  }
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false; // a merge tag: the mail service fills it in per recipient
  }
}

/** Each target's URI, or a problem naming the field; the URIs may hold nothing that ends or splits a target. */
function listUnsubscribeTargets(url: string, mailto: string | undefined, urlField: string): { targets: string[]; problems: string[] } {
  const problems: string[] = [];
  if (!isHttpsUrl(url)) {
    problems.push(
      `${urlField}: must be an https URL for the List-Unsubscribe header and one-click unsubscribe (RFC 8058), got ${JSON.stringify(url)}; where the mail service fills in the URL, let it write the header (listUnsubscribe: 'esp')`,
    );
  }
  const targets: string[] = [];
  for (const [field, value] of [[urlField, url], ['unsubscribe.mailto', mailto]] as const) {
    if (value === undefined || problems.length) continue;
    const uri = headerUri(value);
    if (uri === undefined || /[<>,"\s]/.test(uri) || !isPrintableAscii(uri)) {
      problems.push(`${field}: cannot stand in the List-Unsubscribe header as one target between < and >, got ${JSON.stringify(value)}; percent-encode "<", ">", "," and spaces`);
    } else if (octets(`List-Unsubscribe: <${uri}>,`) > LINE_LIMIT) {
      problems.push(`${field}: is ${octets(uri)} octets once encoded; a header line may hold at most 998 (RFC 5322): use a shorter URL`);
    } else targets.push(`<${uri}>`);
  }
  return { targets, problems };
}

const BOUNDARY = /^[A-Za-z0-9_-]{1,40}$/;
const MESSAGE_ID = /^<[\x21-\x3b\x3d\x3f-\x7e]{1,200}@[A-Za-z0-9.-]{1,200}>$/;

function optionProblems(options: EmlOptions): string[] {
  const problems: string[] = [];
  if (options.to !== undefined && !isEmailAddress(options.to)) problems.push(`options.to: must be a plain e-mail address such as recipient@example.org, got ${JSON.stringify(options.to)}`);
  if (options.date !== undefined && (!(options.date instanceof Date) || Number.isNaN(options.date.getTime()))) problems.push('options.date: must be a valid Date');
  if (options.messageId !== undefined && !MESSAGE_ID.test(options.messageId)) {
    problems.push(`options.messageId: must be <id@domain> in printable ASCII without spaces, e.g. <branchenticker-05@vitako.de>, got ${JSON.stringify(options.messageId)}`);
  }
  if (options.boundary !== undefined && !BOUNDARY.test(options.boundary)) {
    problems.push(`options.boundary: must be 1–40 letters, digits, "_" or "-", e.g. branchenticker-05, got ${JSON.stringify(options.boundary)}`);
  }
  return problems;
}

/**
 * The issue as an RFC 5322 message (`.eml`): `multipart/alternative` with the text part first
 * and the HTML part last (clients show the last part they can), Subject, From, a To placeholder,
 * Date, Message-ID, `List-Id` (RFC 2919) and the one-click unsubscribe headers that Gmail and
 * Yahoo require of bulk senders. `html` and `text` are what `renderEmail` returned for the same
 * issue. Every header line has at most 78 octets where its words allow, never more than 998, and
 * every value is checked as the header it goes into; a problem is an `EmlError` naming the field.
 * Takes issue data, or an issue `parseIssue` has parsed (not parsed again).
 */
export async function buildEml(data: IssueData | ParsedIssue<AnyBlock>, parts: { html: string; text: string }, options: EmlOptions = {}): Promise<string> {
  const issue = parsedIssueFor(data, (problems) => new EmlError(problems));
  const problems = optionProblems(options);
  const mode = options.listUnsubscribe ?? 'library';
  const headers: { key: string; value: { prepared: true; value: string } }[] = [];
  const prepared = (key: string, value: string) => {
    const folded = foldHeader(key, value);
    headers.push({ key, value: { prepared: true, value: folded.slice(key.length + 2) } });
  };

  const from = issue.from;
  if (!from) problems.push('from: is required for the .eml message: { name?, address } of the sender');
  const subject = issue.subject ?? issue.title;
  if (/[\n\t]/.test(subject)) problems.push(`subject: is required when the title is not one line (the title is the subject by default), got title ${JSON.stringify(issue.title)}`);
  const fromDomain = from ? domainToASCII(from.address.slice(from.address.lastIndexOf('@') + 1)) : '';
  if (from && !fromDomain) problems.push(`from.address: its domain cannot be written in a header, got ${JSON.stringify(from.address)}`);

  if (issue.list) {
    prepared('List-Id', `${encodedPhrase(issue.list.name ?? issue.masthead.title)} <${issue.list.id}>`);
  } else if (mode === 'library') {
    problems.push(
      'list: is required for the .eml message: { id } for the List-Id header (RFC 2919), a stable identifier of this newsletter under a domain you control, the same for every issue, e.g. list: { id: branchenticker.vitako.de }',
    );
  }
  if (mode === 'library') {
    const field = issue.unsubscribe ? 'unsubscribe.url' : 'footer.unsubscribeUrl';
    const list = listUnsubscribeTargets(unsubscribeUrlOf(issue), issue.unsubscribe?.mailto, field);
    problems.push(...list.problems);
    if (!list.problems.length) {
      prepared('List-Unsubscribe', list.targets.join(', '));
      prepared('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click');
    }
  }
  if (problems.length || !from) throw new EmlError(problems);

  prepared('Subject', encodedText(subject));
  const fromAddress = `${from.address.slice(0, from.address.lastIndexOf('@'))}@${fromDomain}`;

  const digest = () =>
    createHash('sha256')
      .update(JSON.stringify([subject, from.address, from.name ?? '', issue.list?.id ?? '', parts.text, parts.html]))
      .digest('hex');
  const reproducible = options.reproducible === true;
  const { year, month, day } = issue.masthead.date;
  const date = options.date ?? (reproducible ? new Date(Date.UTC(year, month - 1, day)) : new Date());
  const messageId = options.messageId ?? `<${reproducible ? digest().slice(0, 32) : randomBytes(16).toString('hex')}@${fromDomain}>`;
  const boundary = options.boundary ?? (reproducible ? digest().slice(32, 56) : randomBytes(12).toString('hex'));

  const composer = new MailComposer({
    from: fromAddress,
    to: options.to ?? 'recipient@example.invalid',
    date,
    messageId,
    baseBoundary: boundary,
    headers,
    text: parts.text,
    html: parts.html,
  } as ConstructorParameters<typeof MailComposer>[0]);
  const built = (await composer.compile().build()).toString('utf8');
  // nodemailer writes From itself (a prepared From is ignored) and leaves a long name unfolded,
  // so the display name goes in here, encoded and folded like Subject.
  const fromHeader = /^From: [^\r]*\r\n/m;
  if (!fromHeader.test(built)) throw new EmlError(['from: nodemailer wrote no From header']);
  const message = built.replace(fromHeader, () => `${foldHeader('From', from.name ? `${encodedPhrase(from.name)} <${fromAddress}>` : fromAddress)}\r\n`);
  const head = message.slice(0, message.indexOf('\r\n\r\n'));
  const long = head.split('\r\n').find((line) => octets(line) > LINE_LIMIT);
  if (long) throw new EmlError([`${long.slice(0, long.indexOf(':'))}: a header line of ${octets(long)} octets; RFC 5322 allows at most 998`]);
  return message;
}
