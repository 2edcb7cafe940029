import { NewsItem, type NewsItemProps } from '../../index';

const image = { src: 'https://example.org/a.jpg', alt: 'Ein Bild', width: 1104, height: 552, credit: 'Example/Fotograf' };

/** Examples of the block for Storybook's block gallery and the conformance sweep (not part of the package). */
export const block = NewsItem;
export const examples: Record<string, NewsItemProps> = {
  top: { source: 'ITDZ', title: 'Registermodernisierungsgesetz tritt in Kraft', image, href: 'https://example.org/n', children: 'Text.' },
  left: { title: 'Links', image: { ...image, width: 360, height: 360 }, imagePosition: 'left', href: 'https://example.org/l', children: 'Text.' },
  'thumbnail, Mehr at the end': {
    source: 'ITDZ',
    title: 'Registermodernisierungsgesetz tritt in Kraft',
    image,
    imagePosition: 'thumbnail',
    morePlacement: 'end',
    href: 'https://example.org/t',
    children: 'Text.',
  },
};
