import type { Issue, Recipient } from '../content';
import { personalIssue } from '../content';
import type { CopyOutput, Output } from '../contender';

const encoder = new TextEncoder();
/** A copy as a sender writes it: each part's UTF-8 bytes. */
export const toBytes = (copy: Output): CopyOutput => ({ html: encoder.encode(copy.html), ...(copy.text === undefined ? {} : { text: encoder.encode(copy.text) }) });

/** Stand-ins rendered once and replaced per copy: plain ASCII that no renderer escapes. */
const NAME_TOKEN = 'NKBENCHFIRSTNAME';
const URL_TOKEN = 'https://www.vitako.de/newsletter/abmelden/NKBENCHUNSUB';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

/**
 * The usual speed-up for template engines: render once with stand-ins, then fill each copy with
 * `replaceAll` (the name HTML-escaped, the URL as is: it is already a plain URL), and encode it
 * as a sender must.
 */
export async function compileOnceAndReplace(issue: Issue, people: Recipient[], render: (issue: Issue) => Promise<string>): Promise<CopyOutput[]> {
  const html = await render(personalIssue(issue, { firstName: NAME_TOKEN, unsubscribeUrl: URL_TOKEN }));
  if (!html.includes(NAME_TOKEN) || !html.includes(URL_TOKEN)) throw new Error('compile once: a stand-in did not survive the render');
  return people.map((p) => toBytes({ html: html.replaceAll(NAME_TOKEN, escapeHtml(p.firstName)).replaceAll(URL_TOKEN, p.unsubscribeUrl) }));
}

/** One full render per recipient, encoded. */
export async function renderPerCopy(issue: Issue, people: Recipient[], render: (issue: Issue) => Promise<Output>): Promise<CopyOutput[]> {
  const out: CopyOutput[] = [];
  for (const p of people) out.push(toBytes(await render(personalIssue(issue, p))));
  return out;
}
