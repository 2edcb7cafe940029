import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Sample images for the example issues, served at /static (the react-email convention).
  staticDirs: [{ from: '../emails/static', to: '/static' }],
  framework: { name: '@storybook/react-vite', options: {} },
  typescript: {
    // react-docgen reads each component's props interface and its JSDoc (and defaults written
    // in the parameter list). Not react-docgen-typescript: it also treats every exported object
    // with a JSDoc comment as a component and writes `displayName`/`__docgenInfo` onto it at run
    // time (`civicTheme`, `ParagraphTone`, and the Branchenticker fixture through a documented
    // re-export), and `Issue`'s strict schema then rejected that fixture ("Unrecognized keys:
    // displayName, __docgenInfo"). The cost: a `@default` written only in JSDoc shows in the
    // description, not in the Default column.
    reactDocgen: 'react-docgen',
  },
  // No network on build machines (and nothing to report from a component library).
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook renders with the library's own renderEmail and runs the email check after each
  // render; both are plain browser-safe modules, so no Node stand-ins are needed.
};

export default config;
