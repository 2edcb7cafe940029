import type { Meta, StoryObj } from '@storybook/react-vite';
import { Sponsored } from 'newsletter-kit';
import { examples } from '../../src/components/Sponsored/examples';

const meta = {
  title: 'Components/Sponsored',
  component: Sponsored,
  args: examples['with image and link']!,
} satisfies Meta<typeof Sponsored>;

export default meta;
type Story = StoryObj<typeof meta>;

/** "Anzeige – ITDZ Berlin" first, in the body text's size, weight and colour; a framed box. */
export const WithImageAndLink: Story = {};

export const TextOnly: Story = { args: examples['text only']! };

/** "Advertisement – …". */
export const English: Story = { globals: { emailLocale: 'en' } };
