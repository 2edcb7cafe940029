import { renderToStaticMarkup } from 'react-dom/server';
import type { Contender } from '../contender';
import { PlainTemplate } from './PlainTemplate';

/** React's own serializer on the same template: the floor no React-based renderer goes under. */
export const contender: Contender = {
  async setup(issue) {
    return async () => ({ html: renderToStaticMarkup(<PlainTemplate issue={issue} />) });
  },
};
