import { Feedback, type FeedbackProps } from '../../index';

/** Examples of the block for Storybook's block gallery and the conformance sweep (not part of the package). */
export const block = Feedback;
export const examples: Record<string, FeedbackProps> = {
  'yes or no': {
    question: 'War diese Ausgabe hilfreich?',
    answers: [
      { label: 'Ja', href: 'https://example.org/feedback?issue=5&answer=ja' },
      { label: 'Nein', href: 'https://example.org/feedback?issue=5&answer=nein' },
    ],
  },
  'three answers': {
    question: 'How useful was this issue?',
    answers: [
      { label: 'Very', href: 'https://example.org/feedback?a=3' },
      { label: 'Somewhat', href: 'https://example.org/feedback?a=2' },
      { label: 'Not really', href: 'https://example.org/feedback?a=1' },
    ],
  },
};
