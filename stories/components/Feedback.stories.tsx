import type { Meta, StoryObj } from '@storybook/react-vite';
import { Feedback } from 'newsletter-kit';
import { examples } from '../../src/components/Feedback/examples';

const meta = {
  title: 'Components/Feedback',
  component: Feedback,
  args: examples['yes or no']!,
} satisfies Meta<typeof Feedback>;

export default meta;
type Story = StoryObj<typeof meta>;

export const YesOrNo: Story = {};

export const ThreeAnswers: Story = { args: examples['three answers']!, globals: { emailLocale: 'en' } };

export const Narrow: Story = { name: 'Three answers, 320 px', args: examples['three answers']!, globals: { emailWidth: '320px' } };
