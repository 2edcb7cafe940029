import mjml2html from 'mjml';
import type { Contender } from '../contender';
import type { Issue } from '../content';
import { compileOnceAndReplace, renderPerCopy } from './compile-once';
import { toMjml } from './mjml-source';

async function html(issue: Issue): Promise<string> {
  const result = await mjml2html(toMjml(issue));
  if (result.errors.length) throw new Error(`MJML: ${result.errors.map((e) => e.formattedMessage).join('; ')}`);
  return result.html;
}

export const contender: Contender = {
  async setup(issue) {
    return async () => ({ html: await html(issue) });
  },
  async personalisers() {
    return [
      { label: 'render per copy', run: (issue, people) => renderPerCopy(issue, people, async (i) => ({ html: await html(i) })) },
      { label: 'compile once + replace', run: (issue, people) => compileOnceAndReplace(issue, people, html) },
    ];
  },
};
