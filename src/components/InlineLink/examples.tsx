import { InlineLink, type InlineLinkProps } from '../../index';

/** Examples of the block for Storybook's block gallery and the conformance sweep (not part of the package). */
export const block = InlineLink;
export const examples: Record<string, InlineLinkProps> = {
  'with context': { href: 'https://example.org/debatte', context: 'Aufzeichnung der Debatte', children: 'hier' },
};
