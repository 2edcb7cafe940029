import type { Meta, StoryObj } from '@storybook/react-vite';
import { Quote } from 'newsletter-kit';
import { examples } from '../../src/components/Quote/examples';

const meta = {
  title: 'Components/Quote',
  component: Quote,
  args: examples['with source and role']!,
} satisfies Meta<typeof Quote>;

export default meta;
type Story = StoryObj<typeof meta>;

/** „…“ in German. */
export const WithSourceAndRole: Story = {};

/** “…” in English. */
export const English: Story = { args: examples.plain!, globals: { emailLocale: 'en' } };
