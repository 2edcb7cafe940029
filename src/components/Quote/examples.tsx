import { Quote, type QuoteProps } from '../../index';

/** Examples of the block for Storybook's block gallery and the conformance sweep (not part of the package). */
export const block = Quote;
export const examples: Record<string, QuoteProps> = {
  'with source and role': {
    text: 'Die Infrastrukturen, die aufgebaut wurden, funktionieren.',
    source: 'Lars Hoppmann',
    role: 'Vorstand, krz',
    href: 'https://example.org/debatte',
  },
  plain: { text: 'Open data only matters when residents can ask questions of it.', source: 'Amira Haddad' },
};
