import { checkEmail } from '../../src/check';
import type { Contender } from '../contender';
import { renderIssue } from './newsletter-kit';

/** `checkEmail` alone, on `renderEmail`'s output (rendered once, outside the timing). */
export const contender: Contender = {
  async setup(issue) {
    const { html } = await renderIssue(issue);
    return async () => {
      checkEmail(html);
      return { html };
    };
  },
};
