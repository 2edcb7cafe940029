import type { Meta, StoryObj } from '@storybook/react-vite';
import { SectionHeading } from 'newsletter-kit';
import { english, german, longCompounds, pick } from '../support/fixtures';

const meta = {
  title: 'Components/SectionHeading',
  component: SectionHeading,
  args: { children: german.calendar.title },
  argTypes: {
    level: { control: 'inline-radio', options: [2, 3] },
    children: { control: 'text' },
  },
} satisfies Meta<typeof SectionHeading>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Level2: Story = {};

/** A level-3 heading after a level-2 one, the only order the email check accepts. */
export const Level3: Story = {
  args: { level: 3, children: pick(german.news, 0).title },
  render: (args) => (
    <>
      <SectionHeading>{german.calendar.title}</SectionHeading>
      <SectionHeading {...args} />
    </>
  ),
};

export const LongGermanWordsNarrow: Story = {
  name: 'Long German words, 320 px',
  args: { children: `${longCompounds.register} und ${longCompounds.ozg}` },
  globals: { emailWidth: '320px' },
};

export const English: Story = {
  args: { children: english.calendar.title },
  globals: { emailLocale: 'en' },
};

export const AlternativeTheme: Story = {
  globals: { emailTheme: 'alternative' },
};
