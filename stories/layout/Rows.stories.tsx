import type { Meta, StoryObj } from '@storybook/react-vite';
import { Block, Divider, Paragraph, Rows } from 'newsletter-kit';

const meta = {
  title: 'Layout/Rows',
  component: Rows,
  args: {
    children: [
      <Block key="a">
        <Paragraph spaceAfter={0}>The first block, a row of one shared table.</Paragraph>
      </Block>,
      <Divider key="rule" />,
      <Block key="b" paddingBottom="lg">
        <Paragraph spaceAfter={0}>The second block: the rule between them is one cell&apos;s border.</Paragraph>
      </Block>,
    ],
  },
} satisfies Meta<typeof Rows>;

export default meta;
type Story = StoryObj<typeof meta>;

export const TwoBlocks: Story = {};
