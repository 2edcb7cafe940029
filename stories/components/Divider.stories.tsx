import type { Meta, StoryObj } from '@storybook/react-vite';
import { Divider, Intro } from 'newsletter-kit';
import { german, pick, plainParagraphs } from '../support/fixtures';

const text = pick(plainParagraphs(german.intro.paragraphs), 0);

const meta = {
  title: 'Components/Divider',
  component: Divider,
  argTypes: { spaceAbove: { control: 'inline-radio', options: ['none', 'sm', 'md', 'lg'] } },
  // Between two blocks, so that the space above shows.
  render: (args) => (
    <>
      <Intro>{text}</Intro>
      <Divider {...args} />
      <Intro>{text}</Intro>
    </>
  ),
} satisfies Meta<typeof Divider>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const NoSpaceAbove: Story = {
  args: { spaceAbove: 'none' },
};

export const SmallSpaceAbove: Story = {
  args: { spaceAbove: 'sm' },
};

export const AlternativeTheme: Story = {
  globals: { emailTheme: 'alternative' },
};
