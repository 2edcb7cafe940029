import type { Meta, StoryObj } from '@storybook/react-vite';
import { Issue } from 'newsletter-kit';
import { english, german } from '../support/fixtures';

/**
 * A whole issue laid out from data. The `data` control edits the issue as JSON; an invalid
 * change shows the validation error in place of the email.
 */
const meta = {
  title: 'Issues/Issue',
  component: Issue,
  tags: ['email-document'],
  args: { data: german },
  argTypes: { theme: { control: false, description: 'Set with the theme toolbar here; `defaultTheme` when omitted.' } },
} satisfies Meta<typeof Issue>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Vitako-Branchenticker Nr. 5 in full: eleven news items, calendar, job market, footer. */
export const Branchenticker05: Story = {};

export const Branchenticker05Narrow: Story = {
  name: 'Branchenticker 05, 320 px',
  globals: { emailWidth: '320px' },
};

export const Branchenticker05AlternativeTheme: Story = {
  name: 'Branchenticker 05, alternative theme',
  globals: { emailTheme: 'alternative' },
};

/** Civic Digest No. 12 with the default theme (its own house style is under Examples). */
export const CivicDigest12: Story = {
  args: { data: english },
};

/**
 * The same eleven items with `density: 'compact'`, in under half the height: body text at the
 * small size with tighter lines and spacing, each image as a small thumbnail beside its headline
 * and credit with the teaser at full width below, "Mehr…" closing the last paragraph, and the
 * Impressum in two columns. Nothing is left out: the plain-text part is the regular one.
 */
export const Branchenticker05Compact: Story = {
  name: 'Branchenticker 05, compact',
  args: { data: { ...german, density: 'compact' } },
};

export const Branchenticker05CompactNarrow: Story = {
  name: 'Branchenticker 05, compact, 320 px',
  args: { data: { ...german, density: 'compact' } },
  globals: { emailWidth: '320px' },
};
