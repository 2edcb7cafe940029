import { Masthead, type MastheadProps } from '../../index';

/** Examples of the block for Storybook's block gallery and the conformance sweep (not part of the package). */
export const block = Masthead;
export const examples: Record<string, MastheadProps> = {
  'with logo': { title: 'Ticker', issueNumber: 5, date: '2021-02-08', place: 'Berlin', logo: { src: 'https://example.org/logo.png', alt: 'Example', width: 160, height: 40 } },
};
