import type { Meta, StoryObj } from '@storybook/react-vite';
import { Intro } from 'newsletter-kit';
import { english, german, paragraphs, pick, plainParagraphs } from '../support/fixtures';

const meta = {
  title: 'Components/Intro',
  component: Intro,
  args: {
    greeting: german.intro.greeting,
    signOff: german.intro.signOff,
    children: plainParagraphs(german.intro.paragraphs),
  },
  argTypes: {
    children: { control: 'object', description: 'The letter: strings become paragraphs.' },
    signOff: { control: 'object' },
  },
} satisfies Meta<typeof Intro>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Greeting, plain paragraphs, a two-line sign-off in bold. */
export const Default: Story = {};

/** The whole letter of Branchenticker 5, with its inline links ("hier", "Website" with accessible names). */
export const WithLinks: Story = {
  args: { children: paragraphs(german.intro.paragraphs) },
  argTypes: { children: { control: false } },
};

/** Paragraphs only: the last one closes the block without space below. */
export const WithoutGreetingOrSignOff: Story = {
  args: { greeting: undefined, signOff: undefined, children: pick(plainParagraphs(german.intro.paragraphs), 0) },
  argTypes: { children: { control: 'text' } },
};

/** A sign-off of one line. */
export const SingleLineSignOff: Story = {
  args: { signOff: pick(german.intro.signOff, 1) },
};

export const English: Story = {
  args: {
    greeting: english.intro.greeting,
    signOff: english.intro.signOff,
    children: paragraphs(english.intro.paragraphs),
  },
  argTypes: { children: { control: false } },
  globals: { emailLocale: 'en' },
};

export const AlternativeTheme: Story = {
  args: { children: paragraphs(german.intro.paragraphs) },
  argTypes: { children: { control: false } },
  globals: { emailTheme: 'alternative' },
};
