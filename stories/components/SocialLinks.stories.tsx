import type { Meta, StoryObj } from '@storybook/react-vite';
import { SocialLinks } from 'newsletter-kit';
import { examples } from '../../src/components/SocialLinks/examples';

const meta = {
  title: 'Components/SocialLinks',
  component: SocialLinks,
  args: examples['every network']!,
} satisfies Meta<typeof SocialLinks>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every network's icon: the light ones here; the dark ones in the dark scheme (toolbar). Images off shows the names. */
export const EveryNetwork: Story = {};

/** Two lines of icons on a phone. */
export const Narrow: Story = { name: 'Every network, 320 px', globals: { emailWidth: '320px' } };

/** "Vitako on Mastodon" for screen readers. */
export const English: Story = { args: { title: 'Follow us' }, globals: { emailLocale: 'en' } };
