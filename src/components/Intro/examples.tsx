import { InlineLink, Intro, Paragraph, type IntroProps } from '../../index';

/** Examples of the block for Storybook's block gallery and the conformance sweep (not part of the package). */
export const block = Intro;
export const examples: Record<string, IntroProps> = {
  letter: {
    greeting: 'Liebe Leserinnen und Leser,',
    signOff: ['Bleiben Sie gesund,', 'Ihr Team'],
    children: (
      <Paragraph>
        Ein Absatz mit <InlineLink href="https://example.org/x">einem Link</InlineLink>.
      </Paragraph>
    ),
  },
};
