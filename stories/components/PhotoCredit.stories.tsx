import type { Meta, StoryObj } from '@storybook/react-vite';
import { PhotoCredit } from 'newsletter-kit';
import { english, german, pick } from '../support/fixtures';

const credit = (image: { credit?: string } | undefined) => {
  if (!image?.credit) throw new Error('Story fixture: the news item has no photo credit');
  return image.credit;
};

const meta = {
  title: 'Components/PhotoCredit',
  component: PhotoCredit,
  args: { credit: credit(pick(german.news, 0).image) },
} satisfies Meta<typeof PhotoCredit>;

export default meta;
type Story = StoryObj<typeof meta>;

/** "Foto: SenGPG/Nils Bornemann". */
export const Default: Story = {};

/** "Photo: …". */
export const English: Story = {
  args: { credit: credit(pick(english.news, 0).image) },
  globals: { emailLocale: 'en' },
};
