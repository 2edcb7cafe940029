import { Paragraph, type ParagraphProps } from '../../index';

/** Examples of the block for Storybook's block gallery and the conformance sweep (not part of the package). */
export const block = Paragraph;
export const examples: Record<string, ParagraphProps> = { muted: { tone: 'muted', children: 'Leiser Text.' } };
