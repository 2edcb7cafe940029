import type { ReactElement } from 'react';
import * as kit from '../../src';
import type { Contender, Output, Personaliser } from '../contender';
import { greetingFor, seed, type Issue, type Recipient } from '../content';
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
}
type PrepareIssue = (issue: unknown, options?: object) => Prepared | Promise<Prepared>;
type Placeholders = { firstName(): string; unsubscribeUrl(): string };

/**
 * `prepareIssue` with typed merge fields, when the library exports it: the issue carries
 * placeholders for the first name and the unsubscribe URL, is rendered once, and each copy is
 * filled in. Call shapes are tried in turn; the first whose copies show the recipient's values
 * is used.
 */
async function preparedPersonaliser(): Promise<Personaliser | string> {
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
      if (copy.html.includes(probe.unsubscribeUrl) && copy.text?.includes('Hallo Probe')) {
        return {
          label: `${label} + personalize`,
          async run(issue, people) {
            const once = await prepare(issue);
            const out: Output[] = [];
            for (const p of people) out.push(await once.personalize(p as unknown as Record<string, string>));
            return out;
          },
        };
      }
      failures.push(`${label}: copies do not show the values`);
    } catch (error) {
      failures.push(`${label}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return failures.join('; ');
}

export const contender: Contender = {
  async setup(issue) {
    return () => renderIssue(issue);
  },
  async personalisers() {
    const perCopy: Personaliser = { label: 'render per copy', run: (issue, people) => renderPerCopy(issue, people, renderIssue) };
    const prepared = await preparedPersonaliser();
    if (typeof prepared === 'string') return [{ ...perCopy, label: `${perCopy.label} (${prepared})` }];
    return [prepared];
  },
};
