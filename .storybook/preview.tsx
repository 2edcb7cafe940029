import type { Preview } from '@storybook/react-vite';
import { emailPreview } from 'newsletter-kit/storybook';
import { localSampleImages } from '../stories/support/images';
import { themes } from '../stories/support/themes';

/** What an app writes: the email decorator and toolbar, with the themes it offers. */
const email = emailPreview({ themes, transformHtml: localSampleImages });

const preview = {
  ...email,
  tags: ['autodocs'],
  parameters: {
    ...email.parameters,
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
  },
} satisfies Preview;

export default preview;
