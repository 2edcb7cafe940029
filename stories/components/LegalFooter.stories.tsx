import type { Meta, StoryObj } from '@storybook/react-vite';
import { LegalFooter } from 'newsletter-kit';
import { publicLawBodyPublisher } from '../../emails/fixtures/public-law-body';
import { english, german } from '../support/fixtures';

const meta = {
  title: 'Components/LegalFooter',
  component: LegalFooter,
  args: german.footer,
} satisfies Meta<typeof LegalFooter>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Branchenticker 5's footer: the Impressum (every field but the legal form, which the name
 * carries), disclaimer with its title, objection notice, unsubscribe link.
 */
export const Default: Story = {};

/**
 * Every Impressum field at once (§5 DDG), from Civic Digest 12: name, legal form, two
 * representatives, address with country, phone, e-mail, web site, register court and number,
 * VAT ID; plus every optional prop of the footer itself (disclaimer title and text).
 */
export const EveryImpressumField: Story = {
  args: { ...english.footer, disclaimerTitle: `${english.title}:` },
  globals: { emailLocale: 'en' },
};

/** Only what the law and the schema require: name, a representative, address, e-mail, unsubscribe. */
export const RequiredFieldsOnly: Story = {
  args: {
    publisher: {
      name: german.footer.publisher.name,
      representatives: german.footer.publisher.representatives,
      address: german.footer.publisher.address,
      email: german.footer.publisher.email,
    },
    unsubscribeUrl: german.footer.unsubscribeUrl,
    disclaimerTitle: undefined,
    disclaimer: undefined,
  },
};

/**
 * A public-law body (a Zweckverband, a Körperschaft des öffentlichen Rechts): its head by the
 * office it holds, and its supervisory authority where a firm names its commercial register.
 */
export const PublicLawBody: Story = {
  args: { publisher: publicLawBodyPublisher },
};

/** An ESP merge tag stands in for the unsubscribe URL; the sending service fills it in. */
export const MergeTagUnsubscribe: Story = {
  args: { unsubscribeUrl: '{{unsubscribe_url}}' },
};

export const AlternativeTheme: Story = {
  globals: { emailTheme: 'alternative' },
};
