import type { Meta, StoryObj } from '@storybook/react-vite';
import { CallToAction } from 'newsletter-kit';
import { english, german, longCompounds, pick } from '../support/fixtures';

const jobs = pick(german.links, 0);

const meta = {
  title: 'Components/CallToAction',
  component: CallToAction,
  args: { href: jobs.href, children: jobs.text },
  argTypes: {
    align: { control: 'inline-radio', options: ['left', 'center'] },
    children: { control: 'text' },
  },
} satisfies Meta<typeof CallToAction>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A bulletproof button: colour and padding on the table cell, `mso-padding-alt` for Outlook. */
export const Default: Story = {};

export const Centered: Story = {
  args: { align: 'center' },
};

/** Text that does not say where it goes gets a context for screen readers that does. */
export const WithContext: Story = {
  args: { children: 'Mehr…', context: jobs.text },
};

export const LongGermanWordsNarrow: Story = {
  name: 'Long German words, 320 px',
  args: { children: `${longCompounds.ozg}: ${jobs.text}` },
  globals: { emailWidth: '320px' },
};

export const English: Story = {
  args: { href: pick(english.links, 0).href, children: pick(english.links, 0).text },
  globals: { emailLocale: 'en' },
};

export const AlternativeTheme: Story = {
  globals: { emailTheme: 'alternative' },
};
