import type { Meta, StoryObj } from '@storybook/react-vite';
import { InlineLink, Paragraph } from 'newsletter-kit';
import { english, german, longCompounds, pick, plainParagraphs } from '../support/fixtures';

const meta = {
  title: 'Components/Paragraph',
  component: Paragraph,
  args: { children: pick(plainParagraphs(german.intro.paragraphs), 0) },
  argTypes: {
    tone: { control: 'inline-radio', options: ['body', 'muted', 'footer'] },
    children: { control: 'text' },
  },
} satisfies Meta<typeof Paragraph>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Body: Story = {};

export const Muted: Story = {
  args: { tone: 'muted' },
};

/** The legal print's size (12 px, the footer minimum). */
export const Footer: Story = {
  args: { tone: 'footer', children: pick(german.footer.disclaimer, 0) },
};

export const Bold: Story = {
  args: { bold: true, children: german.intro.signOff.join(' ') },
};

/** `InlineLink`s and `<strong>` inside running text. */
export const WithInlineLinks: Story = {
  args: {
    children: (
      <>
        {pick(german.intro.signOff, 0)} <strong>{german.masthead.title}</strong>:{' '}
        <InlineLink href={german.browserUrl}>{german.title}</InlineLink>
      </>
    ),
  },
  argTypes: { children: { control: false } },
};

export const LongGermanWordsNarrow: Story = {
  name: 'Long German words, 320 px',
  args: { children: `${longCompounds.register}, ${longCompounds.ozg}, ${longCompounds.register}${longCompounds.ozg}` },
  globals: { emailWidth: '320px' },
};

export const English: Story = {
  args: { children: pick(plainParagraphs(english.intro.paragraphs), 0) },
  globals: { emailLocale: 'en' },
};
