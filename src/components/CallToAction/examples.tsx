import { CallToAction, type CallToActionProps } from '../../index';

/** Examples of the block for Storybook's block gallery and the conformance sweep (not part of the package). */
export const block = CallToAction;
export const examples: Record<string, CallToActionProps> = {
  button: { href: 'https://example.org/jobs', children: 'Stellenmarkt' },
};
