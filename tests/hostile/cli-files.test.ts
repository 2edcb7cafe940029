import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cli, root, tempDir } from '../cli/support';

/** The CLI fed files an outsider could hand it: every file that fails is named, and the others are still rendered. */
const seedYaml = join(root, 'emails', 'branchenticker-05.yaml');
const seedText = await readFile(seedYaml, 'utf8');
const seed = parse(seedText) as Record<string, unknown>;

async function renderWithGood(dir: string, bad: string, extra: string[] = []) {
  const good = join(dir, 'good.yaml');
  await writeFile(good, seedText);
  const run = await cli(['render', bad, good, '--out', join(dir, 'out'), ...extra]);
  const written = await readdir(join(dir, 'out')).catch(() => []);
  return { run, written };
}

describe('input files under attack', () => {
  it('a billion-laughs YAML is a named error and the next file is rendered', async () => {
    const dir = await tempDir();
    const bad = join(dir, 'laughs.yaml');
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    await writeFile(bad, `${levels.join('\n')}\n`);
    const { run, written } = await renderWithGood(dir, bad);
    expect(run.stderr).toContain(`${bad}: its YAML aliases (*name) repeat the anchored values too often`);
    expect(run.stdout).toContain('2 files: 1 rendered, 0 with check errors, 1 invalid');
    expect(written.sort()).toEqual(['good.html', 'good.txt']);
  });

  it('one big anchor used 90 times is refused by the expanded size, quickly', async () => {
    const dir = await tempDir();
    const bad = join(dir, 'anchor.yaml');
    await writeFile(bad, `big: &big "${'x'.repeat(1_000_000)}"\nuses: [${Array(90).fill('*big').join(', ')}]\n`);
    const started = Date.now();
    const { run, written } = await renderWithGood(dir, bad);
    expect(run.stderr).toContain(`${bad}: its data holds more than 2,097,152 characters once YAML aliases are expanded`);
    expect(written.sort()).toEqual(['good.html', 'good.txt']);
    expect(Date.now() - started).toBeLessThan(30_000); // 58 s and 3 GB before; a hang would time out the test
  });

  it('a file over 2 MiB is refused before it is parsed', async () => {
    const dir = await tempDir();
    const bad = join(dir, 'huge.json');
    await writeFile(bad, `{"title": "${'x'.repeat(3 * 1024 * 1024)}"}`);
    const { run } = await renderWithGood(dir, bad);
    expect(run.stderr).toContain(`${bad}: is 3,145,741 bytes; issue data may be at most 2,097,152 bytes (2 MiB)`);
  });

  it('invalid UTF-8 is a named error with its byte offset, never a silent U+FFFD', async () => {
    const dir = await tempDir();
    const bad = join(dir, 'latin1.yaml');
    const bytes = Buffer.from(seedText.replace('Liebe Leserinnen', 'Liebe L\u00e4serinnen'), 'latin1');
    await writeFile(bad, bytes);
    const { run, written } = await renderWithGood(dir, bad);
    const firstNonAscii = bytes.findIndex((byte) => byte >= 0x80);
    expect(run.stderr).toContain(`${bad}: is not valid UTF-8 (at byte ${firstNonAscii.toLocaleString('en')}): save it as UTF-8`);
    expect(written.sort()).toEqual(['good.html', 'good.txt']);
  });

  it('a key given twice in JSON is a named error, as in YAML', async () => {
    const dir = await tempDir();
    const bad = join(dir, 'twice.json');
    await writeFile(bad, JSON.stringify(seed).replace('{"lang":"de",', '{"lang":"de","title":"Erster Titel",'));
    const { run } = await renderWithGood(dir, bad);
    expect(run.stderr).toMatch(new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:\\d+: the key "title" is given twice in one object`));
  });

  it('accepts a BOM in JSON and YAML, and CR-only line ends, rendering the same bytes', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'bom-json.json'), `\uFEFF${JSON.stringify(seed)}`);
    await writeFile(join(dir, 'bom.yaml'), `\uFEFF${seedText}`);
    await writeFile(join(dir, 'cr.yaml'), seedText.replace(/\n/g, '\r'));
    await writeFile(join(dir, 'crlf.yaml'), seedText.replace(/\n/g, '\r\n'));
    const run = await cli(['render', ...['bom-json.json', 'bom.yaml', 'cr.yaml', 'crlf.yaml'].map((f) => join(dir, f)), '--out', join(dir, 'out'), '--format', 'html']);
    expect(run.code).toBe(0);
    const reference = await readFile(join(root, 'tests', 'snapshots', 'branchenticker-05.html'), 'utf8');
    for (const name of ['bom-json', 'bom', 'cr', 'crlf']) expect(await readFile(join(dir, 'out', `${name}.html`), 'utf8'), name).toBe(reference);
  });

  it('deeply nested YAML and JSON are named errors, not stack overflows', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'deep.json'), `${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    await writeFile(join(dir, 'deep.yaml'), `title: ${'['.repeat(200_000)}`);
    const run = await cli(['render', join(dir, 'deep.json'), join(dir, 'deep.yaml'), seedYaml, '--out', join(dir, 'out')]);
    expect(run.stdout).toContain('3 files: 1 rendered, 0 with check errors, 2 invalid');
    expect(run.stderr).not.toContain('unexpected error');
    expect(run.stderr).toContain(`${join(dir, 'deep.json')}: nests brackets ([ or {) 200,000 deep`);
  });
});

describe('outputs: all or nothing, never two inputs to one file', () => {
  it('a failed rename leaves every earlier output as it was and no temporary file', async () => {
    const out = await tempDir();
    await writeFile(join(out, 'branchenticker-05.html'), 'earlier');
    await mkdir(join(out, 'branchenticker-05.txt')); // a folder where the text part should go
    const run = await cli(['render', seedYaml, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${seedYaml}: nothing written:`);
    expect(await readFile(join(out, 'branchenticker-05.html'), 'utf8')).toBe('earlier');
    expect((await readdir(out)).sort()).toEqual(['branchenticker-05.html', 'branchenticker-05.txt']);
  });

  it('SIGINT and SIGTERM during a write leave no temporary file and every target whole', async () => {
    const trials = Number(process.env.SIGNAL_TRIALS ?? 6);
    for (let trial = 0; trial < trials; trial++) {
      const dir = await tempDir();
      const signal = trial % 2 ? 'SIGINT' : 'SIGTERM';
      const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'write-loop.ts'), dir], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
      // Whatever happens below, the child does not outlive the test.
      const reaper = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, 5 + ((trial * 37) % 60)));
      const ended = new Promise<string>((resolve) => child.once('exit', (code, s) => resolve(s ?? String(code))));
      child.kill(signal);
      // Killed by the signal between two sets, or ended by our handler with 128 + its number.
      const how = await ended;
      clearTimeout(reaper);
      expect([signal, signal === 'SIGINT' ? '130' : '143']).toContain(how);
      const left = await readdir(dir);
      expect(left.sort(), `trial ${trial}`).toEqual(['a.eml', 'a.html', 'a.ics', 'a.txt']);
      const contents = await Promise.all(left.map((f) => readFile(join(dir, f), 'utf8')));
      // Whole files, and one set: all four from the same round.
      expect(new Set(contents.map((c) => c.length)).size).toBe(1);
      expect(new Set(contents.map((c) => c.slice(0, 8))).size, `trial ${trial}`).toBe(1);
    }
  }, 30_000 * Number(process.env.SIGNAL_TRIALS ?? 6));

  it('per-event calendar files of two issues: the same event shared, different content refused naming both', async () => {
    const dir = await tempDir();
    const calendar = { ...(seed.calendar as object), addToCalendar: { icsBaseUrl: 'https://www.vitako.de/kalender' } };
    const first = join(dir, 'first.yaml');
    const same = join(dir, 'same.yaml');
    const other = join(dir, 'other.yaml');
    await writeFile(first, stringify({ ...seed, calendar }));
    await writeFile(same, stringify({ ...seed, calendar }));
    await writeFile(other, stringify({ ...seed, masthead: { ...(seed.masthead as object), date: '2021-03-08' }, calendar }));
    const run = await cli(['render', first, same, other, '--out', join(dir, 'out'), '--format', 'ics', '--level', 'skip']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${other}: ${join(dir, 'out', 'calendar', '2021-02-25-7-zukunftskongress-bayern.ics')} would overwrite the output of ${first}`);
    expect(run.stdout).toContain('3 files: 2 rendered, 0 with check errors, 1 invalid');
  });

  it('--reproducible writes the same .eml twice', async () => {
    const dir = await tempDir();
    for (const out of ['a', 'b']) expect((await cli(['render', seedYaml, '--out', join(dir, out), '--format', 'eml', '--reproducible'])).code).toBe(0);
    expect(await readFile(join(dir, 'a', 'branchenticker-05.eml'), 'utf8')).toBe(await readFile(join(dir, 'b', 'branchenticker-05.eml'), 'utf8'));
  });
});

describe('check: a file the check cannot read is a finding, and the next file is checked', () => {
  it('check nested.html good.html checks good.html', async () => {
    const dir = await tempDir();
    const nested = join(dir, 'nested.html');
    await writeFile(nested, `<html><body>${'<table><tr><td>'.repeat(2000)}x</body></html>`);
    const good = join(root, 'tests', 'check', 'fixtures', 'clean.html');
    const run = await cli(['check', nested, good]);
    expect(run.stdout).toContain(`${good}: check: 0 errors, 0 warnings`);
    expect(run.stdout).toMatch(new RegExp(`check-readable.*elements nest more than 4,096 deep`));
    expect(run.stdout).toContain('2 files: 1 passed, 1 with check errors, 0 invalid');
  });
});
