import type { ReactElement } from 'react';
import * as kit from '../../src';
import type { Contender, CopyOutput, Output, Personaliser, StringOutput } from '../contender';
import { greetingFor, recipientStream, seed, type Issue, type Recipient } from '../content';
import { renderPerCopy } from './compile-once';

/**
 * `renderEmail` without the check, written against both shapes of its API: the option `level:
 * 'skip'` where it exists, and `findings` ignored where it does not.
 */
const renderWithoutCheck = kit.renderEmail as unknown as (element: ReactElement, options?: object) => Promise<Output>;

export async function renderIssue(issue: Issue): Promise<Output> {
  const { html, text } = await renderWithoutCheck(<kit.Issue data={issue} />, { level: 'skip' });
  return { html, text };
}

interface Prepared {
  personalize(values: Record<string, string>): Output | Promise<Output>;
  personalizeBytes?(values: Record<string, string>): { html: Uint8Array; text: Uint8Array };
  copies?(recipients: Iterable<Recipient>): AsyncIterable<{ ok: boolean; html?: Uint8Array; text?: Uint8Array; error?: Error }>;
}
type PrepareIssue = (issue: unknown, options?: object) => Prepared | Promise<Prepared>;
type Placeholders = { firstName(): string; unsubscribeUrl(): string };

const encoder = new TextEncoder();

/**
 * `prepareIssue` with typed merge fields, when the library exports it: the issue carries
 * placeholders for the first name and the unsubscribe URL, is rendered once, and each copy is
 * filled in. Call shapes are tried in turn; the first whose copies show the recipient's values
 * is used.
 */
async function preparer(): Promise<{ label: string; prepare: (issue: Issue) => Promise<Prepared> } | string> {
  const api = kit as unknown as { prepareIssue?: PrepareIssue; placeholder?: Placeholders };
  if (typeof api.prepareIssue !== 'function') return 'prepareIssue is not exported';
  if (typeof api.placeholder?.firstName !== 'function') return 'prepareIssue is exported, placeholder is not';
  const { prepareIssue, placeholder } = api as Required<typeof api>;
  const template = (issue: Issue): Issue => ({
    ...issue,
    intro: { ...issue.intro, greeting: greetingFor(placeholder.firstName()) },
    footer: { ...issue.footer, unsubscribeUrl: placeholder.unsubscribeUrl() },
  });
  const fields = ['firstName', 'unsubscribeUrl'];
  const shapes: Array<[string, (issue: Issue) => Prepared | Promise<Prepared>]> = [
    ['prepareIssue(data, { fields })', (issue) => prepareIssue(template(issue), { fields })],
    ['prepareIssue(data)', (issue) => prepareIssue(template(issue))],
    ['prepareIssue(<Issue/>)', (issue) => prepareIssue(<kit.Issue data={template(issue)} />)],
  ];
  const probe: Recipient = { firstName: 'Probe', unsubscribeUrl: 'https://www.vitako.de/newsletter/abmelden/probe' };
  const failures: string[] = [];
  for (const [label, prepare] of shapes) {
    try {
      const prepared = await prepare(seed);
      const copy = await prepared.personalize(probe as unknown as Record<string, string>);
      if (copy.html.includes(probe.unsubscribeUrl) && copy.text?.includes('Hallo Probe')) return { label, prepare: async (issue) => prepare(issue) };
      failures.push(`${label}: copies do not show the values`);
    } catch (error) {
      failures.push(`${label}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return failures.join('; ');
}

const values = (p: Recipient) => p as unknown as Record<string, string>;

/** The ways of making the copies with a prepared issue, the floor beside them, and the strings' figure as a note. */
function preparedPersonalisers(label: string, prepare: (issue: Issue) => Promise<Prepared>): Personaliser[] {
  let finished: Uint8Array | undefined;
  const floor: Personaliser = {
    label: "floor: copy one finished copy's bytes (HTML + text)",
    role: 'floor',
    async setup(issue) {
      const copy = await (await prepare(issue)).personalize(values({ firstName: 'Anna', unsubscribeUrl: 'https://www.vitako.de/newsletter/abmelden/a' }));
      const [html, text] = [encoder.encode(copy.html), encoder.encode(copy.text!)];
      finished = new Uint8Array(html.length + text.length);
      finished.set(html);
      finished.set(text, html.length);
    },
    run: async (_issue, people) => people.map(() => ({ html: finished!.slice() })),
  };
  const bytes: Personaliser = {
    label: `${label} + personalizeBytes`,
    async run(issue, people) {
      const once = await prepare(issue);
      if (!once.personalizeBytes) throw new Error('personalizeBytes is not exported');
      const out: CopyOutput[] = [];
      for (const p of people) out.push(once.personalizeBytes(values(p)));
      return out;
    },
  };
  const encoded: Personaliser = {
    label: `${label} + personalize + TextEncoder`,
    async run(issue, people) {
      const once = await prepare(issue);
      const out: CopyOutput[] = [];
      for (const p of people) {
        const copy = await once.personalize(values(p));
        out.push({ html: encoder.encode(copy.html), text: encoder.encode(copy.text!) });
      }
      return out;
    },
  };
  const ropes: Personaliser = {
    label: `${label} + personalize, strings never read`,
    role: 'note',
    async run(issue, people) {
      const once = await prepare(issue);
      const out: Output[] = [];
      for (const p of people) out.push(await once.personalize(values(p)));
      return out as StringOutput[];
    },
  };
  return [floor, bytes, encoded, ropes];
}

export const contender: Contender = {
  async setup(issue) {
    return () => renderIssue(issue);
  },
  async personalisers() {
    const perCopy: Personaliser = { label: 'render per copy', run: (issue, people) => renderPerCopy(issue, people, renderIssue) };
    const prepared = await preparer();
    if (typeof prepared === 'string') return [{ ...perCopy, label: `${perCopy.label} (${prepared})` }];
    return preparedPersonalisers(prepared.label, prepared.prepare);
  },
  async stream(issue, count) {
    const prepared = await preparer();
    if (typeof prepared === 'string') throw new Error(prepared);
    const once = await prepared.prepare(issue);
    if (!once.copies) throw new Error('copies() is not exported');
    let copies = 0;
    let bytes = 0;
    // The sink takes each copy as a transport would and lets it go.
    for await (const copy of once.copies(recipientStream(count))) {
      if (!copy.ok) throw copy.error!;
      copies++;
      bytes += copy.html!.length + copy.text!.length;
    }
    return { label: `${prepared.label} + copies(recipients)`, copies, bytes };
  },
};
