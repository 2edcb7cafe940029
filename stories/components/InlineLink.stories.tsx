import type { Meta, StoryObj } from '@storybook/react-vite';
import { InlineLink, Paragraph } from 'newsletter-kit';
import { english, german, linkWithContext } from '../support/fixtures';

const recording = linkWithContext(german.intro.paragraphs);

const meta = {
  title: 'Components/InlineLink',
  component: InlineLink,
  args: { href: german.browserUrl, children: german.title },
  argTypes: {
    tone: { control: 'inline-radio', options: ['link', 'footerText', 'muted', 'onAccent'] },
    children: { control: 'text' },
  },
  // A link inside running text, as it is used.
  render: (args) => (
    <Paragraph>
      {german.intro.greeting} <InlineLink {...args} />
    </Paragraph>
  ),
} satisfies Meta<typeof InlineLink>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Visible "hier"; screen readers hear "hier (Aufzeichnung der Debatte ansehen)". */
export const VagueTextWithContext: Story = {
  args: { href: recording.href, children: recording.text, context: recording.context },
};

export const Mailto: Story = {
  args: { href: `mailto:${german.footer.publisher.email}`, children: german.footer.publisher.email },
};

/** The tone used for the view-in-browser line. */
export const Muted: Story = {
  args: { tone: 'muted' },
  render: (args) => (
    <Paragraph tone="muted">
      {german.intro.greeting} <InlineLink {...args} />
    </Paragraph>
  ),
};

export const English: Story = {
  args: { href: english.browserUrl, children: english.title },
  render: (args) => (
    <Paragraph>
      {english.intro.greeting} <InlineLink {...args} />
    </Paragraph>
  ),
  globals: { emailLocale: 'en' },
};
