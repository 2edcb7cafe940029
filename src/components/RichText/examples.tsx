import { RichParagraph, type RichParagraphProps } from '../../index';

/** Examples of the block for Storybook's block gallery and the conformance sweep (not part of the package). */
export const block = RichParagraph;
export const examples: Record<string, RichParagraphProps> = {
  'inline format': { text: 'Ein **fetter** Satz mit [einem Link](https://example.org/x "Beispielseite") und *Betonung*.' },
  runs: { text: ['Vorher ', { bold: 'fett' }, ' und ', { text: 'hier', href: 'https://example.org/h', context: 'Details' }, '.'] },
};
