import type { Meta, StoryObj } from '@storybook/react-vite';
import { NewsItem } from 'newsletter-kit';
import { english, german, longCompounds, paragraphs, pick, plainParagraphs } from '../support/fixtures';

const itdz = pick(german.news, 0);
const governikus = pick(german.news, 2);
const leika = pick(german.news, 10);
const toolkit = pick(english.news, 1);
const audits = pick(english.news, 2);

const meta = {
  title: 'Components/NewsItem',
  component: NewsItem,
  args: {
    source: itdz.source,
    title: itdz.title,
    image: itdz.image,
    href: itdz.href,
    children: plainParagraphs(itdz.paragraphs),
  },
  argTypes: {
    imagePosition: { control: 'inline-radio', options: ['top', 'left', 'thumbnail'] },
    morePlacement: { control: 'inline-radio', options: ['line', 'end'] },
    children: { control: 'object', description: 'The teaser paragraphs (strings) or `Paragraph` elements.' },
  },
} satisfies Meta<typeof NewsItem>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Headline with source prefix, full-width image with credit, teaser, "Mehr…" link. */
export const ImageOnTop: Story = {};

export const WithoutImage: Story = {
  args: { image: undefined },
};

/** Thumbnail beside the text: side by side at 600 px, stacked at 320 px (see the width toolbar). */
export const ImageLeft: Story = {
  args: { imagePosition: 'left' },
};

export const ImageLeftNarrow: Story = {
  name: 'Image left, 320 px',
  args: { imagePosition: 'left' },
  globals: { emailWidth: '320px' },
};

/**
 * The densest: a small thumbnail beside headline and credit, the teaser at full width, and
 * "Mehr…" closing the last paragraph (what `density: 'compact'` uses).
 */
export const Thumbnail: Story = {
  args: { imagePosition: 'thumbnail', morePlacement: 'end' },
};

export const ThumbnailNarrow: Story = {
  name: 'Thumbnail, 320 px',
  args: { imagePosition: 'thumbnail', morePlacement: 'end' },
  globals: { emailWidth: '320px' },
};

/** An image without a credit line and an item without a source prefix. */
export const WithoutSourceOrCredit: Story = {
  args: {
    source: undefined,
    title: governikus.title,
    image: governikus.image,
    href: governikus.href,
    children: plainParagraphs(governikus.paragraphs),
  },
};

/** A teaser whose vague link text ("hier") carries a descriptive accessible name. */
export const TeaserWithLinks: Story = {
  args: {
    source: leika.source,
    title: leika.title,
    image: leika.image,
    href: leika.href,
    children: paragraphs(leika.paragraphs),
  },
  argTypes: { children: { control: false } },
};

/** No "Mehr…" link: the last paragraph closes the block. */
export const WithoutLink: Story = {
  args: { href: undefined, image: undefined },
};

export const LongHeadline: Story = {
  args: {
    source: `${itdz.source} und ${pick(german.news, 5).source}`,
    title: `${itdz.title}: ${pick(german.news, 5).title}, ${pick(german.news, 1).title}`,
  },
};

export const LongGermanWords: Story = {
  args: {
    source: longCompounds.register,
    title: `${longCompounds.ozg} und ${longCompounds.register}`,
  },
};

export const LongGermanWordsNarrow: Story = {
  name: 'Long German words, 320 px',
  args: LongGermanWords.args,
  globals: { emailWidth: '320px' },
};

export const CustomLinkLabel: Story = {
  args: { moreLabel: 'Zum Bericht des ITDZ' },
};

export const English: Story = {
  args: {
    source: toolkit.source,
    title: toolkit.title,
    image: toolkit.image,
    imagePosition: toolkit.imagePosition,
    href: toolkit.href,
    children: plainParagraphs(toolkit.paragraphs),
  },
  globals: { emailLocale: 'en' },
};

export const EnglishWithoutImage: Story = {
  args: {
    source: undefined,
    title: audits.title,
    image: undefined,
    href: audits.href,
    children: paragraphs(audits.paragraphs),
  },
  argTypes: { children: { control: false } },
  globals: { emailLocale: 'en' },
};

export const AlternativeTheme: Story = {
  globals: { emailTheme: 'alternative' },
};
