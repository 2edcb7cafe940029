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
  // Stories import the library as an app does, by its package name: Vite resolves that through
  // package.json's exports to dist/ (run `npm run build` first), so Storybook meets the published
  // entries, browser bundle of the check included, with no Node stand-ins. The example emails in
  // emails/ import ../src for the CLI and the tests; here they get the package entry too, so that
  // there is one copy of the library on the page.
  viteFinal: (config) => ({
    ...config,
    resolve: { ...config.resolve, alias: [...toArray(config.resolve?.alias), { find: /^\.\.\/src$/, replacement: 'newsletter-kit' }] },
  }),
};

type Alias = { find: string | RegExp; replacement: string };
function toArray(alias: unknown): Alias[] {
  if (!alias) return [];
  if (Array.isArray(alias)) return alias as Alias[];
  return Object.entries(alias as Record<string, string>).map(([find, replacement]) => ({ find, replacement }));
}

export default config;
