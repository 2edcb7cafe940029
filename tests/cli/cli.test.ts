import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root, spawnCli, tempDir } from './support';

const seedYaml = join(root, 'emails', 'branchenticker-05.yaml');
const broken = join(root, 'tests', 'fixtures', 'invalid', 'broken-issue.yaml');

describe('newsletter-kit CLI', () => {
  it('runs as its own process: help per command, exit code 0, and 2 for a usage error', async () => {
    const usage = await spawnCli(['render']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('newsletter-kit: render needs at least one file');
    for (const command of ['render', 'check', 'init']) {
      const run = await (command === 'render' ? spawnCli : cli)([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: newsletter-kit ${command}`));
    }
    const render = await cli(['render', '--help']);
    expect(render.stdout).toContain('--format LIST');
    expect(render.stdout).toContain('--dialect NAME');
  });

  it('exits 2 on usage errors: no command, unknown command, unknown flag, bad values, no files', async () => {
    const cases: [string[], RegExp][] = [
      [[], /Usage:/],
      [['send'], /unknown command "send"/],
      [['render', seedYaml, '--colour'], /Unknown option '--colour'/],
      [['render', seedYaml, '--format', 'html,pdf'], /--format must be one of html, txt, eml, ics, web, got "pdf"/],
      [['render', seedYaml, '--level', 'lenient'], /--level must be one of strict, soft, skip/],
      [['render', seedYaml, '--dialect', 'mailchimpp'], /--dialect must be one of mailchimp, brevo, cleverreach, mailjet, sendgrid, postmark, listmonk, mautic, keila/],
      [['check', 'x.html', '--level', 'skip'], /--level must be one of strict, soft/],
      [['render'], /render needs at least one file/],
      [['check', 'x.html', '--out', 'o'], /check has no option --out/],
    ];
    for (const [args, message] of cases) {
      const run = await cli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout + run.stderr, args.join(' ')).toMatch(message);
    }
  });

  it('renders every format of the YAML issue, with a progress line per file and a summary', async () => {
    const out = await tempDir();
    const other = join(out, 'ticker.json');
    const copy = (await import('yaml')).parse(await readFile(seedYaml, 'utf8')) as { browserUrl: string };
    await writeFile(other, JSON.stringify({ ...copy, browserUrl: 'https://www.vitako.de/newsletter/ticker-copy' }));
    const run = await cli(['render', seedYaml, other, '--out', out, '--format', 'html,txt,eml,ics,web']);
    expect(run.stderr).toBe(`[1/2] ${seedYaml}\n[2/2] ${other}\n`);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${seedYaml}: check: 0 errors, 0 warnings`);
    expect(run.stdout).toContain('2 files: 2 rendered, 0 with check errors, 0 invalid');
    expect((await readdir(out)).sort()).toEqual([
      'branchenticker-05.eml',
      'branchenticker-05.html',
      'branchenticker-05.ics',
      'branchenticker-05.txt',
      'ticker.eml',
      'ticker.html',
      'ticker.ics',
      'ticker.json',
      'ticker.txt',
      'web',
    ]);
    // One web page per browserUrl, both listed in the archive.
    expect((await readdir(join(out, 'web'))).sort()).toEqual(['branchenticker-05.html', 'index.html', 'ticker-copy.html']);
    expect(run.stdout).toContain('index.html  ');
    expect(run.stdout).toContain('(2 issues)');
  });

  it('exits 2 naming every problem of a broken issue, and still renders the other files', async () => {
    const out = await tempDir();
    const run = await cli(['render', broken, seedYaml, '--out', out]);
    expect(run.code).toBe(2);
    const problems = run.stderr.split('\n').filter((line) => line.startsWith(`${broken}:`));
    expect(problems).toEqual([
      `${broken}:4:10: preview: must not be empty: write the text as it should read, or leave out a field that is optional`,
      `${broken}:8:9: masthead.date: must be a real date as YYYY-MM-DD or a valid Date, got "2026-02-30"`,
      `${broken}:11:11: news.0.href: must be an absolute https:, http:, mailto: or tel: URL or a whole ESP merge tag; write e.g. "https://www.example.org/seite", "mailto:redaktion@example.org?subject=Abmelden", "tel:+49302063156" or "{{unsubscribe_url}}" (https:// or http:// with a host, no user@, spaces or backslashes); got "javascript:alert(1)"`,
      `${broken}:13:9: news.0.paragraphs.0: has a link that must be an absolute https:, http:, mailto: or tel: URL or a whole ESP merge tag; write e.g. "https://www.example.org/seite", "mailto:redaktion@example.org?subject=Abmelden", "tel:+49302063156" or "{{unsubscribe_url}}" (https:// or http:// with a host, no user@, spaces or backslashes); got "ftp://example.org/file"`,
      `${broken}:17:22: footer.publisher.representatives: must name at least one authorised representative (§5 DDG), e.g. [{ role: "Oberbürgermeister", name: "Christian Specht" }]`,
      `${broken}:22:12: footer.publisher.email: must be a plain e-mail address such as redaktion@example.org (no spaces, "#", "?" or query part), got "not-an-address"`,
      `${broken}:2:1: unsubscribe: is required: { url } of the one-click unsubscribe page, used by the footer link and the List-Unsubscribe header`,
    ]);
    expect(run.stdout).toContain('2 files: 1 rendered, 0 with check errors, 1 invalid');
    expect(run.stdout).toContain(`  invalid: ${broken}`);
    expect((await readdir(out)).sort()).toEqual(['branchenticker-05.html', 'branchenticker-05.txt']);
  });

  it('names the file and the line of a YAML syntax error, and of a JSON one', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'bad.yaml'), 'title: [unclosed\npreview: x\n');
    await writeFile(join(dir, 'broken.json'), '{"title": }');
    const run = await cli(['render', join(dir, 'bad.yaml'), join(dir, 'broken.json'), '--out', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`${join(dir, 'bad.yaml')}:\\d+:\\d+: not valid YAML: `));
    expect(run.stderr).toContain(`${join(dir, 'broken.json')}: not valid JSON: `);
  });

  it('with --level strict (the default) writes nothing of a file with check errors and exits 1; soft writes it', async () => {
    const dir = await tempDir();
    // Valid data that the check still refuses: far past the size budget.
    const yaml = (await import('yaml')).parse(await readFile(seedYaml, 'utf8')) as { news: { paragraphs: string[] }[] };
    for (const item of yaml.news) item.paragraphs = Array.from({ length: 40 }, () => item.paragraphs[0]!);
    await writeFile(join(dir, 'huge.json'), JSON.stringify(yaml));
    const strict = await cli(['render', join(dir, 'huge.json'), '--out', join(dir, 'strict')]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/huge\.json: check: [1-9]\d* errors/);
    expect(strict.stderr).toContain(`${join(dir, 'huge.json')}: nothing written: the check found`);
    await expect(readdir(join(dir, 'strict'))).rejects.toThrow();
    const soft = await cli(['render', join(dir, 'huge.json'), '--out', join(dir, 'soft'), '--level', 'soft']);
    expect(soft.code).toBe(0);
    expect((await readdir(join(dir, 'soft'))).sort()).toEqual(['huge.html', 'huge.txt']);
  });

  it('leaves earlier outputs untouched and no temporary files when a write fails', async () => {
    const out = await tempDir();
    await writeFile(join(out, 'branchenticker-05.html'), 'earlier');
    await writeFile(join(out, 'web'), 'a file where the web folder should be');
    const run = await cli(['render', seedYaml, '--out', out, '--format', 'html,txt,web']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${seedYaml}: nothing written:`);
    expect(await readFile(join(out, 'branchenticker-05.html'), 'utf8')).toBe('earlier');
    expect((await readdir(out)).sort()).toEqual(['branchenticker-05.html', 'web']);
  });

  it('init writes a commented starter that renders cleanly in every format, and refuses to overwrite it', async () => {
    const dir = await tempDir();
    const file = join(dir, 'issue.yaml');
    const made = await cli(['init', file]);
    expect(made.code).toBe(0);
    const starter = await readFile(file, 'utf8');
    expect(starter).toMatch(/^# /);
    const run = await cli(['render', file, '--out', join(dir, 'out'), '--format', 'html,txt,eml,ics,web']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${file}: check: 0 errors, 0 warnings`);
    expect(await readFile(join(dir, 'out', 'issue.html'), 'utf8')).toContain('Add to calendar');
    const again = await cli(['init', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`${file}: exists already; pass --force to overwrite it`);
    expect((await cli(['init', file, '--force'])).code).toBe(0);
  });

  it('check judges any HTML: 0 for a clean file, 1 for errors under strict, 2 for a missing file', async () => {
    const dir = await tempDir();
    const clean = join(root, 'tests', 'check', 'fixtures', 'clean.html');
    const bad = join(dir, 'bad.html');
    await writeFile(bad, '<!DOCTYPE html><html><head><title>x</title></head><body><img src="https://example.org/a.png"><p style="display:flex">x</p></body></html>');
    const ok = await cli(['check', clean]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`${clean}: check: 0 errors`);
    const failing = await cli(['check', clean, bad]);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(new RegExp(`${bad}: check: [1-9]\\d* errors`));
    expect(failing.stdout).toContain(`  check errors: ${bad}`);
    expect((await cli(['check', bad, '--level', 'soft'])).code).toBe(0);
    const missing = await cli(['check', join(dir, 'nope.html'), clean]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`${join(dir, 'nope.html')}: cannot read: ENOENT`);
  });

  it('--max-warnings: at strict, more warnings than allowed fail the file; soft never fails on them', async () => {
    const dir = await tempDir();
    const clean = await readFile(join(root, 'tests', 'check', 'fixtures', 'clean.html'), 'utf8');
    // Over Gmail's 90,000-byte warning line, under its 102,000-byte clipping error.
    const large = join(dir, 'large.html');
    await writeFile(large, clean.replace('</body>', `<!-- ${'x'.repeat(91_000)} -->\n</body>`));
    const allowed = await cli(['check', large]);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain(`${large}: check: 0 errors, 1 warnings`);
    const strict = await cli(['check', large, '--max-warnings', '0']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(`${large}: the check found 1 warning(s), more than --max-warnings 0`);
    expect((await cli(['check', large, '--max-warnings', '1'])).code).toBe(0);
    expect((await cli(['check', large, '--level', 'soft', '--max-warnings', '0'])).code).toBe(0);
    expect((await cli(['check', large, '--max-warnings', 'none'])).code).toBe(2);
    const rendered = await cli(['render', seedYaml, '--out', join(dir, 'out'), '--max-warnings', '0']);
    expect(rendered.code).toBe(0);
  });

  it('refuses two inputs that would write the same output names', async () => {
    const out = await tempDir();
    await mkdir(join(out, 'in'));
    const copy = join(out, 'in', 'branchenticker-05.json');
    await writeFile(copy, JSON.stringify((await import('yaml')).parse(await readFile(seedYaml, 'utf8'))));
    const run = await cli(['render', seedYaml, copy, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${copy}: ${join(out, 'branchenticker-05.html')} would overwrite the output of ${seedYaml}`);
  });
});
