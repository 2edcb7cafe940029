import type { Preview } from '@storybook/react-vite';
import { withEmail, type EmailGlobals } from '../stories/support/withEmail';

const toolbar = (title: string, icon: string, items: { value: string; title: string }[]) => ({
  toolbar: { title, icon, items, dynamicTitle: true },
});

const preview = {
  tags: ['autodocs'],
  decorators: [withEmail],
  globalTypes: {
    locale: {
      description: 'Language of single components (whole issues bring their own)',
      ...toolbar('Locale', 'globe', [
        { value: 'de', title: 'Deutsch' },
        { value: 'en', title: 'English' },
        { value: 'ar', title: 'العربية (right to left)' },
      ]),
    },
    theme: {
      description: 'Theme of single components, Newsletter and Issue (the example issues bring their own)',
      ...toolbar('Theme', 'paintbrush', [
        { value: 'default', title: 'Default theme' },
        { value: 'alternative', title: 'Alternative theme' },
      ]),
    },
    width: {
      description: 'Width of the reading pane (the iframe)',
      ...toolbar('Width', 'mobile', [
        { value: '320px', title: '320 px (phone)' },
        { value: '600px', title: '600 px (column)' },
        { value: 'full', title: 'Full width' },
      ]),
    },
    scheme: {
      description: 'Colour scheme of the reader’s client',
      ...toolbar('Scheme', 'contrast', [
        { value: 'light', title: 'Light' },
        { value: 'dark', title: 'Dark (prefers-color-scheme rules applied)' },
      ]),
    },
    images: {
      description: 'Remote images loaded or blocked',
      ...toolbar('Images', 'photo', [
        { value: 'on', title: 'Images on' },
        { value: 'off', title: 'Images off (alt text)' },
      ]),
    },
    styles: {
      description: '<style> kept or removed',
      ...toolbar('Style', 'paragraph', [
        { value: 'on', title: '<style> kept' },
        { value: 'off', title: 'No <style> (GMX, WEB.DE)' },
      ]),
    },
    part: {
      description: 'Which part of the email to show',
      ...toolbar('Part', 'document', [
        { value: 'html', title: 'HTML part' },
        { value: 'text', title: 'Plain-text part' },
      ]),
    },
  },
  initialGlobals: {
    locale: 'de',
    theme: 'default',
    width: '600px',
    scheme: 'light',
    images: 'on',
    styles: 'on',
    part: 'html',
  } satisfies EmailGlobals,
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: {
      // The email sits in a sandboxed iframe that runs no scripts, so axe cannot reach into it
      // from here and would wait for it until it times out. This panel checks the frame's
      // surroundings; tests/storybook/storybook.test.ts runs axe inside every email.
      options: { iframes: false },
    },
  },
} satisfies Preview;

export default preview;
