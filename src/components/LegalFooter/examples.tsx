import { branchenticker05 } from '../../../emails/fixtures/branchenticker-05';
import { publicLawBodyPublisher } from '../../../emails/fixtures/public-law-body';
import { LegalFooter, type LegalFooterProps } from '../../index';

const footer = branchenticker05.footer;

/** Examples of the block for Storybook's block gallery and the conformance sweep (not part of the package). */
export const block = LegalFooter;
export const examples: Record<string, LegalFooterProps> = {
  stacked: footer,
  columns: { ...footer, impressumLayout: 'columns' },
  publicLawBody: { ...footer, publisher: publicLawBodyPublisher },
};
