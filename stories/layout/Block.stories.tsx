import type { Meta, StoryObj } from '@storybook/react-vite';
import { Block, Paragraph } from 'newsletter-kit';

const meta = {
  title: 'Layout/Block',
  component: Block,
  args: { background: 'placeholder', paddingTop: 'md', paddingBottom: 'md', children: <Paragraph spaceAfter={0}>A row of the column: background by colour role, the gutter, the type of its text.</Paragraph> },
} satisfies Meta<typeof Block>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A row painted with the `placeholder` role: dark mode swaps it (toolbar). */
export const Painted: Story = {};
