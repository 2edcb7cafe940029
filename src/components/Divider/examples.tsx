import { Divider, type DividerProps } from '../../index';

/** Examples of the block for Storybook's block gallery and the conformance sweep (not part of the package). */
export const block = Divider;
export const examples: Record<string, DividerProps> = { rule: {} };
