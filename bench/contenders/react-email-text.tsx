import { render } from '@react-email/render';
import type { Contender } from '../contender';
import { PlainTemplate } from './PlainTemplate';

/** A React Email user who also wants a text part renders twice: HTML, then `plainText`. */
export const contender: Contender = {
  async setup(issue) {
    return async () => {
      const element = <PlainTemplate issue={issue} />;
      return { html: await render(element), text: await render(element, { plainText: true }) };
    };
  },
};
