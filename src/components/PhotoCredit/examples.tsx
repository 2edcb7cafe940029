import { PhotoCredit, type PhotoCreditProps } from '../../index';

/** Examples of the block for Storybook's block gallery and the conformance sweep (not part of the package). */
export const block = PhotoCredit;
export const examples: Record<string, PhotoCreditProps> = { credit: { credit: 'Example/Fotograf' } };
