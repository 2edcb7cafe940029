import { render } from '@react-email/render';
import type { Contender } from '../contender';
import { compileOnceAndReplace, renderPerCopy } from './compile-once';
import { PlainTemplate } from './PlainTemplate';

export const contender: Contender = {
  async setup(issue) {
    return async () => ({ html: await render(<PlainTemplate issue={issue} />) });
  },
  async personalisers() {
    return [
      { label: 'render per copy', run: (issue, people) => renderPerCopy(issue, people, async (i) => ({ html: await render(<PlainTemplate issue={i} />) })) },
      { label: 'compile once + replace', run: (issue, people) => compileOnceAndReplace(issue, people, (i) => render(<PlainTemplate issue={i} />)) },
    ];
  },
};
