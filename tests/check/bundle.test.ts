import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { clean } from './helpers';

/**
 * The check must run from one bundled file: caniemail's data comes in through a JSON import, so
 * nothing is read from disk or resolved through `createRequire` at run time.
 */
const dir = mkdtempSync(join(tmpdir(), 'nk-check-bundle-'));
const source = (path: string): string => fileURLToPath(new URL(`../../src/check/${path}`, import.meta.url));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a single-file bundle of the check', () => {
  it('runs under Node from a folder without node_modules', async () => {
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `import { readFileSync } from 'node:fs';\nimport { checkEmail, formatFindings } from ${JSON.stringify(source('index.ts'))};\nconsole.log(formatFindings(checkEmail(readFileSync(process.argv[2], 'utf8'))));\n`,
    );
    const outfile = join(dir, 'check.mjs');
    await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'silent' });
    writeFileSync(join(dir, 'clean.html'), clean);
    writeFileSync(join(dir, 'grey.html'), clean.replace('font-size:16px;line-height:24px">Liebe', 'font-size:16px;line-height:24px;color:#aaaaaa">Liebe'));
    const run = (file: string): string => execFileSync(process.execPath, [outfile, join(dir, file)], { cwd: dir, encoding: 'utf8' });
    expect(run('clean.html').trim()).toBe('No findings.');
    expect(run('grey.html')).toMatch(/^error {4}a11y-contrast: text #aaaaaa on #ffffff/);
  });

  it('checkEmail bundles for a worker runtime without any Node built-in', async () => {
    const result = await build({
      entryPoints: [source('check.ts')],
      bundle: true,
      platform: 'neutral',
      conditions: ['workerd', 'worker', 'browser'],
      mainFields: ['module', 'main'],
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const external = Object.values(result.metafile.outputs).flatMap((output) => output.imports.map((imported) => imported.path));
    expect(external).toEqual([]);
  });
});
