import { SectionHeading, type SectionHeadingProps } from '../../index';

/** Examples of the block for Storybook's block gallery and the conformance sweep (not part of the package). */
export const block = SectionHeading;
export const examples: Record<string, SectionHeadingProps> = { heading: { children: 'Überschrift' } };
