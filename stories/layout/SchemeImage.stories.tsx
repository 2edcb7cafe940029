import type { Meta, StoryObj } from '@storybook/react-vite';
import { SocialLinks } from 'newsletter-kit';

/** Icons drawn for a light and a dark background (SchemeImage): switch the scheme in the toolbar. */
function IconsPerScheme() {
  return (
    <SocialLinks
      iconBaseUrl="https://example.org/icons/social"
      title="Folgen Sie uns"
      links={[
        { network: 'mastodon', href: 'https://social.example.org/@vitako' },
        { network: 'linkedin', href: 'https://www.linkedin.com/company/vitako' },
      ]}
    />
  );
}

const meta = { title: 'Layout/SchemeImage', component: IconsPerScheme } satisfies Meta<typeof IconsPerScheme>;

export default meta;
type Story = StoryObj<typeof meta>;

export const LightAndDark: Story = {};
