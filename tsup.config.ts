import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';
import type { Plugin } from 'esbuild';

/**
 * Peer dependencies stay imports: the app installs them and shares one copy (React must be one
 * copy; zod because apps validate issue data with the exported schemas; juice only for
 * `newsletter-kit/inline`). Everything else is bundled into the entry that uses it, so that an
 * install brings no dependency tree, the core entry carries only what the core runs, and a
 * single-file bundle (serverless function, worker) needs nothing resolved at run time.
 */
const peers = ['react', 'react-dom', '@react-email/render', 'zod', 'juice'];
const peerPattern = `(${peers.join('|')})(\\/|$)`;

/** Records which files each bundle took in, for the third-party notices (`scripts/notices.ts`). */
const recordInputs = (name: string): Plugin => ({
  name: 'record-inputs',
  setup(build) {
    build.initialOptions.metafile = true;
    build.onEnd((result) => {
      if (!result.metafile) return;
      mkdirSync('dist', { recursive: true });
      writeFileSync(`dist/.inputs-${name}-${build.initialOptions.format}.json`, JSON.stringify(Object.keys(result.metafile.inputs)));
    });
  },
});

const shared: Options = {
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: false,
  target: 'node20',
  treeshake: true,
  external: [new RegExp(`^${peerPattern}`)],
  noExternal: [new RegExp(`^(?!${peerPattern})[^./]`)],
};

/**
 * The Node entries: the mail libraries stay dependencies (installed once, not copied into each
 * entry and format), and the code is written without whitespace but with its names, so that
 * stack traces still read.
 */
const nodeOnlyDependencies = ['nodemailer', 'ics', 'yaml'];
const node: Options = {
  ...shared,
  platform: 'node',
  external: [new RegExp(`^(${[...peers, ...nodeOnlyDependencies].join('|')})(\\/|$)`)],
  noExternal: [new RegExp(`^(?!(${[...peers, ...nodeOnlyDependencies].join('|')})(\\/|$))[^./]`)],
  minifyWhitespace: true,
  minifySyntax: true,
  // Bundled CommonJS dependencies that require Node built-ins need a require in the ESM build.
  banner: ({ format }) => (format === 'esm' ? { js: "import { createRequire as __nkCreateRequire } from 'node:module'; const require = __nkCreateRequire(import.meta.url);" } : {}),
};

// The builds below run side by side and write into one folder: it is emptied once, before all of them.
rmSync('dist', { recursive: true, force: true });

export default defineConfig([
  {
    // Runs everywhere React Email runs: no Node built-ins, nothing Node-only.
    ...shared,
    entry: { index: 'src/index.ts', inline: 'src/inline/index.ts' },
    platform: 'neutral',
    esbuildOptions(options) {
      options.mainFields = ['module', 'main'];
    },
    esbuildPlugins: [recordInputs('core')],
  },
  {
    // The email check and the tools built on it run in Node: CI, the CLI, a build step.
    ...node,
    entry: { check: 'src/check/index.ts', send: 'src/send/index.ts', cli: 'src/cli/index.ts' },
    format: ['esm'],
    dts: { entry: { check: 'src/check/index.ts', send: 'src/send/index.ts' } },
    esbuildPlugins: [recordInputs('node')],
  },
  {
    // CommonJS for the two Node library entries (the CLI is ESM: Node runs it directly).
    ...node,
    entry: { check: 'src/check/index.ts', send: 'src/send/index.ts' },
    format: ['cjs'],
    esbuildPlugins: [recordInputs('node-cjs')],
  },
]);
