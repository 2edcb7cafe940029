import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
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

/** The package's entries: source file → the name of the built file in dist/. */
const entries = {
  index: 'src/index.ts',
  inline: 'src/inline/index.ts',
  check: 'src/check/index.ts',
  storybook: 'src/storybook/index.ts',
  send: 'src/send/index.ts',
  testing: 'src/testing/index.ts',
} as const;

/**
 * The entries built on the others' public API alone (Storybook and testing) import the built core
 * and check (`./index.js`, `./check.js`) rather than taking in copies: the stories, the decorator,
 * the snapshot helper and the app's blocks then share one copy of the library, and the package
 * carries no second one for them. (`send` and the CLI reach into the core's modules, so they keep
 * their own copy, bundled together: one copy parses and renders for them, and meets the app's copy
 * through the shared React contexts.)
 */
const siblingEntries = (importers: RegExp = /./): Plugin => ({
  name: 'sibling-entries',
  setup(build) {
    // tsup builds CommonJS as ESM first (for tree shaking) and names the format in a define.
    const extension = build.initialOptions.define?.TSUP_FORMAT === '"cjs"' ? 'cjs' : 'js';
    const byFile = new Map(Object.entries(entries).map(([name, file]) => [file.replace(/\.ts$/, ''), name]));
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point' || !importers.test(relative(process.cwd(), args.importer))) return undefined;
      const target = relative(process.cwd(), resolve(args.resolveDir, args.path)).replace(/\.tsx?$/, '');
      const name = byFile.get(target);
      return name ? { path: `./${name}.${extension}`, external: true } : undefined;
    });
  },
});

/** The testing entry's own modules: everything they import from another entry is that entry's built file. */
const testingModules = /^src\/testing\//;

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
    // Runs everywhere React Email runs: no Node built-ins, nothing Node-only. The check and the
    // Storybook decorator also run in a browser bundle.
    ...shared,
    entry: { index: entries.index, inline: entries.inline, check: entries.check, storybook: entries.storybook },
    platform: 'neutral',
    // Without whitespace but with its names, so that stack traces still read (caniemail's data
    // alone is 0.4 MB less so).
    minifyWhitespace: true,
    minifySyntax: true,
    esbuildOptions(options) {
      options.mainFields = ['module', 'main'];
    },
    esbuildPlugins: [siblingEntries(), recordInputs('core')],
  },
  {
    // The tools that write files run in Node: the CLI, `.eml` and `.ics` files, test snapshots.
    ...node,
    entry: { send: entries.send, testing: entries.testing, cli: 'src/cli/index.ts' },
    format: ['esm'],
    dts: { entry: { send: entries.send, testing: entries.testing } },
    esbuildPlugins: [siblingEntries(testingModules), recordInputs('node')],
  },
  {
    // CommonJS for the Node library entries (the CLI is ESM: Node runs it directly).
    ...node,
    entry: { send: entries.send, testing: entries.testing },
    format: ['cjs'],
    esbuildPlugins: [siblingEntries(testingModules), recordInputs('node-cjs')],
  },
]);
