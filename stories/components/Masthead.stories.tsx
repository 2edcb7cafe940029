import type { Meta, StoryObj } from '@storybook/react-vite';
import { Masthead } from 'newsletter-kit';
import { english, german, longCompounds } from '../support/fixtures';

const meta = {
  title: 'Components/Masthead',
  component: Masthead,
  args: german.masthead,
  argTypes: { date: { control: 'text' } },
} satisfies Meta<typeof Masthead>;

export default meta;
type Story = StoryObj<typeof meta>;

/** "Vitako-Branchenticker Nr. 5", "Berlin, den 8. Februar 2021". */
export const Default: Story = {};

/** The logo sits on a light halo that stays light in dark mode (try the scheme toolbar). */
export const WithLogo: Story = {
  args: { logo: english.masthead.logo },
};

/** Title and date only. */
export const WithoutPlaceOrNumber: Story = {
  args: { place: undefined, issueNumber: undefined },
};

/** The date as a `Date` (read in local time) instead of an ISO string. */
export const DateObject: Story = {
  args: { date: new Date(2021, 1, 8) },
  argTypes: { date: { control: 'date' } },
};

export const LongGermanWords: Story = {
  args: { title: `${longCompounds.ozg}-Ticker` },
};

export const LongGermanWordsNarrow: Story = {
  name: 'Long German words, 320 px',
  args: LongGermanWords.args,
  globals: { emailWidth: '320px' },
};

export const English: Story = {
  args: english.masthead,
  globals: { emailLocale: 'en' },
};

export const AlternativeTheme: Story = {
  args: { logo: english.masthead.logo },
  globals: { emailTheme: 'alternative' },
};
