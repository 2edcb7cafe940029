import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { branchenticker05 } from '../../emails/fixtures/branchenticker-05';

const run = promisify(execFile);
const cli = (args: string[]) =>
  run(join('node_modules', '.bin', 'tsx'), ['src/cli/render-issues.ts', ...args], { cwd: join(import.meta.dirname, '..', '..') });

describe('npm run render', () => {
  it('renders issue data from JSON to .html and .txt and reports size and check', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nk-cli-'));
    await writeFile(join(dir, 'ticker.json'), JSON.stringify(branchenticker05));
    const { stdout } = await cli([join(dir, 'ticker.json'), '--out', dir, '--level', 'strict']);
    expect(stdout).toMatch(/ticker\.html {2}[\d,]+ bytes {3}\.txt [\d,]+ bytes {3}check: 0 errors, 0 warnings/);
    expect(await readFile(join(dir, 'ticker.html'), 'utf8')).toContain('<h1');
    expect(await readFile(join(dir, 'ticker.txt'), 'utf8')).toContain('Vitako-Branchenticker');
  });

  it('exits 1 and names every bad field of invalid issue data', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nk-cli-'));
    await writeFile(join(dir, 'bad.json'), JSON.stringify({ ...branchenticker05, preview: 'x'.repeat(151), masthead: undefined }));
    const error = (await cli([join(dir, 'bad.json'), '--out', dir]).catch((e: unknown) => e)) as { code: number; stderr: string };
    expect(error.code).toBe(1);
    expect(error.stderr).toContain('Issue: prop "preview" must be at most 150 characters');
    expect(error.stderr).toContain('Issue: prop "masthead" is required');
  });

  it('refuses an unknown check level', async () => {
    const error = (await cli(['--level', 'lenient']).catch((e: unknown) => e)) as { code: number; stderr: string };
    expect(error.code).toBe(1);
    expect(error.stderr).toContain('--level must be soft, strict or skip');
  });
});
