import { Sponsored, type SponsoredProps } from '../../index';

/** Examples of the block for Storybook's block gallery and the conformance sweep (not part of the package). */
export const block = Sponsored;
export const examples: Record<string, SponsoredProps> = {
  'with image and link': {
    sponsor: 'ITDZ Berlin',
    title: 'Sichere Cloud für die Berliner Verwaltung',
    image: { src: 'https://example.org/cloud.jpg', alt: 'Rechenzentrum des ITDZ Berlin', width: 1104, height: 552 },
    href: 'https://example.org/cloud',
    children: 'Das ITDZ Berlin bietet Bezirken und Senatsverwaltungen eine Cloud nach BSI C5 an.',
  },
  'text only': { sponsor: 'Dataport', title: 'Dataport sucht Verstärkung', children: 'Über 100 offene Stellen in sechs Bundesländern.' },
};
