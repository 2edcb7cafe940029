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
  // Storybook renders with the library's own renderEmail, email check included; the check's
  // caniemail needs a few Node stand-ins in the browser (see nodeShims below).
  viteFinal(vite) {
    const shims = nodeShims();
    return {
      ...vite,
      plugins: [...(vite.plugins ?? []), shims],
      optimizeDeps: {
        ...vite.optimizeDeps,
        rolldownOptions: {
          ...vite.optimizeDeps?.rolldownOptions,
          plugins: [...[vite.optimizeDeps?.rolldownOptions?.plugins ?? []].flat(), shims],
        },
      },
    };
  },
};

export default config;

/**
 * The email check (src/check) uses caniemail, which is written for Node. Three things stop it
 * from loading in the browser; this plugin changes exactly those and nothing else, so the check
 * that Storybook runs after each render is the one that Node runs:
 *
 * 1. `caniemail/dist/json.js` loads its data with `createRequire` from `node:module`
 *    (undefined in the browser). It becomes an import of the same JSON file.
 * 2. picomatch (caniemail → micromatch → picomatch 2) reads `process.platform` when it loads,
 *    which throws "process is not defined" and takes the whole preview down, and
 *    `process.version` to ask whether RegExp has lookbehinds. The browser is not Windows and
 *    its RegExp has lookbehinds: both become constants.
 * 3. picomatch, micromatch and fill-range `require` Node's `path` (for `sep` and `basename`)
 *    and `util` (for `inspect` in error messages). They get small POSIX stand-ins.
 *
 * Vite's dependency optimizer (dev server) bundles these packages without the build's plugins,
 * so main.ts registers this plugin in both places.
 */
export function nodeShims(): Plugin {
  return {
    name: 'newsletter-kit:node-shims',
    enforce: 'pre',
    resolveId(source, importer) {
      if ((source === 'path' || source === 'util') && importer && GLOB_PACKAGES.test(importer)) return SHIM_PREFIX + source;
      return null;
    },
    load(id) {
      if (id.startsWith(SHIM_PREFIX)) return SHIMS[id.slice(SHIM_PREFIX.length) as keyof typeof SHIMS];
      if (CANIEMAIL_JSON.test(id)) return "export { default as caniEmailJson } from '../data/caniemail.json';";
      return null;
    },
    transform(code, id) {
      if (!PICOMATCH_UTILS.test(id)) return null;
      if (!code.includes('process.platform') || !code.includes('process.version.slice')) {
        this.error(`nodeShims: ${id} no longer reads process.platform/process.version as expected; review this shim`);
      }
      return code.replaceAll('process.platform', JSON.stringify('browser')).replaceAll('process.version', JSON.stringify('v20.0.0'));
    },
  };
}

const SHIM_PREFIX = '\0newsletter-kit-shim:';
const GLOB_PACKAGES = /[\\/]node_modules[\\/](?:micromatch|picomatch|braces|fill-range)[\\/]/;
const CANIEMAIL_JSON = /[\\/]node_modules[\\/]caniemail[\\/]dist[\\/]json\.js$/;
const PICOMATCH_UTILS = /[\\/]node_modules[\\/](?:micromatch[\\/]node_modules[\\/])?picomatch[\\/]lib[\\/]utils\.js$/;

const SHIMS = {
  path: [
    "export const sep = '/';",
    "export function basename(p) { return String(p).replace(/\\/+$/, '').split('/').pop() ?? ''; }",
    'export default { sep, basename };',
  ].join('\n'),
  util: [
    'export function inspect(value) { try { return JSON.stringify(value); } catch { return String(value); } }',
    'export default { inspect };',
  ].join('\n'),
};
