import type { Meta, StoryObj } from '@storybook/react-vite';
import { Divider, Intro, LegalFooter, Masthead, Newsletter } from 'newsletter-kit';
import { english, german, paragraphs } from '../support/fixtures';

/** The shell with just enough inside to read: masthead, letter, footer of an example issue. */
const blocks = (issue: typeof german | typeof english) => (
  <>
    <Masthead {...issue.masthead} />
    <Intro greeting={issue.intro.greeting} signOff={issue.intro.signOff}>
      {paragraphs(issue.intro.paragraphs)}
    </Intro>
    <Divider />
    <LegalFooter {...issue.footer} />
  </>
);

const meta = {
  title: 'Components/Newsletter',
  component: Newsletter,
  tags: ['email-document'],
  args: {
    lang: german.lang,
    title: german.title,
    preview: german.preview,
    browserUrl: german.browserUrl,
    children: blocks(german),
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['de', 'en'] },
    children: { control: false },
    theme: { control: false, description: 'Set with the theme toolbar here; `defaultTheme` when omitted.' },
  },
} satisfies Meta<typeof Newsletter>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The document shell: view-in-browser line, 600 px column, preheader (hidden), dark-mode `<style>`. */
export const Default: Story = {};

export const WithoutBrowserLink: Story = {
  args: { browserUrl: undefined },
};

export const English: Story = {
  args: {
    lang: english.lang,
    title: english.title,
    preview: english.preview,
    browserUrl: english.browserUrl,
    children: blocks(english),
  },
};

export const AlternativeTheme: Story = {
  globals: { emailTheme: 'alternative' },
};
