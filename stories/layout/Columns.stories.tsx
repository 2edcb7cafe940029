import type { Meta, StoryObj } from '@storybook/react-vite';
import { JobListing } from '../support/JobListing';

/** An app's block with a logo column beside its text (Columns): side by side at 600 px, stacked at 320 px. */
function ColumnsInABlock() {
  return (
    <JobListing
      title="IT-Sicherheitsbeauftragte (m/w/d)"
      employer="ITDZ Berlin"
      href="https://example.org/stellen/it-sicherheit"
      logo={{ src: 'https://example.org/logo.png', alt: 'ITDZ Berlin', width: 160, height: 80 }}
    />
  );
}

const meta = {
  title: 'Layout/Columns',
  component: ColumnsInABlock,
} satisfies Meta<typeof ColumnsInABlock>;

export default meta;
type Story = StoryObj<typeof meta>;

export const LogoBesideText: Story = {};

export const Narrow: Story = { name: 'Logo beside text, 320 px', globals: { emailWidth: '320px' } };
