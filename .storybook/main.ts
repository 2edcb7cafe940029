import { dirname, resolve } from 'node:path';
import type { StorybookConfig } from '@storybook/react-vite';
import type { Plugin } from 'vite';

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
  // entries, browser bundle of the check included, with no Node stand-ins. Where the example
  // emails and the blocks' examples import the source entry (for the CLI and the tests), they get
  // the package here too, so that there is one copy of the library on the page.
  viteFinal: (config) => ({ ...config, plugins: [...(config.plugins ?? []), packageEntry()] }),
};

const sourceEntry = resolve(import.meta.dirname, '..', 'src');

/** Resolves every import of `src/index.ts` (`../src`, `../../index`, …) as an import of `newsletter-kit`. */
function packageEntry(): Plugin {
  return {
    name: 'newsletter-kit-package-entry',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null;
      const target = resolve(dirname(importer), source).replace(/\.tsx?$/, '').replace(/[\\/]index$/, '');
      return target === sourceEntry ? this.resolve('newsletter-kit', importer, { skipSelf: true }) : null;
    },
  };
}

export default config;
