import type { Meta, StoryObj } from '@storybook/react-vite';
import Branchenticker05 from '../../emails/branchenticker-05';
import Branchenticker05Ar from '../../emails/branchenticker-05-ar';
import CivicDigest12 from '../../emails/civic-digest-12';

/**
 * The example issues in emails/, exactly as `email dev` previews them: each file's default
 * export with its `PreviewProps`.
 */
const meta = {
  title: 'Issues/Examples',
  tags: ['email-document'],
} satisfies Meta;

export default meta;

export const VitakoBranchenticker05: StoryObj<typeof Branchenticker05> = {
  name: 'Branchenticker 05 (German)',
  render: (args) => <Branchenticker05 {...args} />,
  args: Branchenticker05.PreviewProps,
};

export const VitakoBranchenticker05Arabic: StoryObj<typeof Branchenticker05Ar> = {
  name: 'Branchenticker 05 (Arabic, right to left)',
  render: (args) => <Branchenticker05Ar {...args} />,
  args: Branchenticker05Ar.PreviewProps,
};

export const CivicDigest12English: StoryObj<typeof CivicDigest12> = {
  name: 'Civic Digest 12 (English, own theme)',
  render: (args) => <CivicDigest12 {...args} />,
  args: CivicDigest12.PreviewProps,
};
