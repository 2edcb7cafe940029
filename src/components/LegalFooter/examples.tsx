import { branchenticker05 } from '../../../emails/fixtures/branchenticker-05';
import { LegalFooter, type LegalFooterProps } from '../../index';

const footer = branchenticker05.footer;

/** Examples of the block for Storybook's block gallery and the conformance sweep (not part of the package). */
export const block = LegalFooter;
export const examples: Record<string, LegalFooterProps> = {
  stacked: footer,
  columns: { ...footer, impressumLayout: 'columns' },
  publicLawBody: {
    ...footer,
    publisher: {
      name: 'Zweckverband Kommunale IT Musterland',
      legalForm: 'Körperschaft des öffentlichen Rechts',
      representatives: [{ role: 'Verbandsvorsteher', name: 'Oberbürgermeister Dr. Jan Beispiel' }],
      address: { street: 'Straße des 17. Juni 135', postalCode: '10623', city: 'Berlin' },
      email: 'redaktion@kit-musterland.example',
      supervisoryAuthority: 'Senatsverwaltung für Inneres und Sport Berlin',
    },
  },
};
