import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { branchenticker05 } from '../../emails/fixtures/branchenticker-05';
import { Masthead, Newsletter } from '../../src';
import type { CustomRule } from '../../src/check';
import { snapshotIssue, type TestExpect } from '../../src/testing';
import { timeZoneProblem } from '../../src/testing/environment';
import { JobListing } from '../../stories/support/JobListing';

const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'nk-testing-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** jest's expect as far as snapshotIssue uses it: no file snapshots, an update mode in its state. */
function jestLike(mode: 'all' | 'new' | 'none'): TestExpect {
  const fake = ((actual: unknown) => ({ actual })) as TestExpect;
  fake.getState = () => ({ testPath: join(work, 'jest', 'issue.test.js'), snapshotState: { _updateSnapshot: mode } });
  return fake;
}

/** One block in a bare Newsletter: renders, but the whole-issue rules (unsubscribe link, Impressum) find errors. */
const bare = (
  <Newsletter lang="de" title="Nur ein Kopf" preview="Nur ein Kopf">
    <Masthead title="Vitako-Branchenticker" issueNumber={5} date="2021-02-08" place="Berlin" />
  </Newsletter>
);

describe('snapshotIssue', () => {
  it('with vitest: holds issue data to the reviewed snapshots of what ships, checked', async () => {
    const result = await snapshotIssue(branchenticker05, { name: 'branchenticker-05', expect, dir: '../snapshots' });
    expect(result.files.html).toBe(join(root, 'tests', 'snapshots', 'branchenticker-05.html'));
    expect(result.html).toBe(readFileSync(result.files.html, 'utf8'));
    expect(result.text).toBe(readFileSync(result.files.text, 'utf8'));
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('with jest: writes new files, passes on the same render, fails on drift naming file and line, and updates with -u', async () => {
    const dir = join(work, 'jest', '__snapshots__');
    const first = await snapshotIssue(branchenticker05, { name: 'issue-05', expect: jestLike('new') });
    expect(first.files.html).toBe(join(dir, 'issue-05.html'));
    expect(readFileSync(first.files.text, 'utf8')).toBe(first.text);
    await snapshotIssue(branchenticker05, { name: 'issue-05', expect: jestLike('none') });

    // A checkout with CRLF line ends holds the same snapshot.
    writeFileSync(first.files.text, first.text.replace(/\n/g, '\r\n'));
    await snapshotIssue(branchenticker05, { name: 'issue-05', expect: jestLike('none') });

    const changed = { ...branchenticker05, title: 'Vitako-Branchenticker Nr. 6' };
    const drift = snapshotIssue(changed, { name: 'issue-05', expect: jestLike('new') });
    await expect(drift).rejects.toThrow(/differs from .*issue-05\.html \(update it with -u[\s\S]*first difference at line \d+[\s\S]*\n- [\s\S]*Nr\. 5[\s\S]*\n\+ [\s\S]*Nr\. 6/);
    expect(readFileSync(first.files.html, 'utf8')).toBe(first.html);

    const updated = await snapshotIssue(changed, { name: 'issue-05', expect: jestLike('all') });
    expect(readFileSync(first.files.html, 'utf8')).toBe(updated.html);
    expect(updated.html).toContain('Nr. 6');
  });

  it('in CI does not write a missing snapshot', async () => {
    await expect(snapshotIssue(branchenticker05, { name: 'never-written', expect: jestLike('none') })).rejects.toThrow(
      /never-written\.html does not exist, and snapshots are not written in CI/,
    );
    expect(existsSync(join(work, 'jest', '__snapshots__', 'never-written.html'))).toBe(false);
  });

  it('fails on the check’s errors, listing them, and on more warnings than maxWarnings; -u does not record such an email', async () => {
    await expect(snapshotIssue(bare, { name: 'bare', expect: jestLike('all') })).rejects.toThrow(/The email check found \d+ error\(s\):[\s\S]*unsubscribe-link/);
    expect(existsSync(join(work, 'jest', '__snapshots__', 'bare.html'))).toBe(false);
    const houseStyle: CustomRule = {
      id: 'house-style',
      severity: 'warning',
      description: 'A rule of the app’s own that always warns.',
      clients: 'all',
      source: 'this test',
      check: (_html, { report }) => [report('a warning of our own')],
    };
    const soft = { rules: [houseStyle] };
    await snapshotIssue(branchenticker05, { name: 'issue-warn', expect: jestLike('new'), check: soft });
    await expect(snapshotIssue(branchenticker05, { name: 'issue-warn', expect: jestLike('new'), check: soft, maxWarnings: 0 })).rejects.toThrow(
      /found 1 warnings, more than maxWarnings \(0\):[\s\S]*house-style/,
    );
  });

  it('refuses a bad name, a missing expect and screenshots without a folder, saying what to write', async () => {
    await expect(snapshotIssue(branchenticker05, { name: '../up', expect })).rejects.toThrow(/option "name" must be a file name .* got "\.\.\/up", e\.g\. "issue-05"/);
    await expect(snapshotIssue(branchenticker05, { name: 'x' })).rejects.toThrow(/pass your test framework's expect/);
    await expect(snapshotIssue(branchenticker05, { name: 'x', expect: jestLike('new'), screenshots: true })).rejects.toThrow(/needs option "artifacts"/);
  });

  it('takes issue data with an app’s own blocks, given as <Issue blocks> takes them', async () => {
    const data = {
      ...branchenticker05,
      intro: undefined,
      news: undefined,
      calendar: undefined,
      links: undefined,
      blocks: [{ type: 'jobListing' as const, title: 'IT-Sicherheitsbeauftragte (m/w/d)', employer: 'ITDZ Berlin', href: 'https://www.example.org/stellen/1' }],
    };
    const result = await snapshotIssue(data, { name: 'jobs', expect: jestLike('new'), blocks: [JobListing] });
    expect(result.text).toContain('IT-Sicherheitsbeauftragte (m/w/d)\nITDZ Berlin\nhttps://www.example.org/stellen/1');
    await expect(snapshotIssue(data as never, { name: 'jobs-unknown', expect: jestLike('new') })).rejects.toThrow(/jobListing/);
  });

  it('writes artefacts for CI: the HTML, the text and screenshots per width and scheme', async () => {
    const artifacts = join(work, 'artifacts');
    const result = await snapshotIssue(branchenticker05, {
      name: 'artefacts-05',
      expect: jestLike('new'),
      artifacts,
      screenshots: { widths: [320], schemes: ['light', 'dark'], images: 'off' },
    });
    expect(readFileSync(join(artifacts, 'artefacts-05.html'), 'utf8')).toBe(result.html);
    expect(readFileSync(join(artifacts, 'artefacts-05.txt'), 'utf8')).toBe(result.text);
    expect(result.screenshots).toEqual([join(artifacts, 'artefacts-05-320-light.png'), join(artifacts, 'artefacts-05-320-dark.png')]);
    const [light, dark] = result.screenshots.map((file) => readFileSync(file));
    for (const png of [light!, dark!]) {
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(320); // IHDR width
      expect(png.readUInt32BE(20)).toBeGreaterThan(3000); // the whole issue, not the first screen
    }
    expect(light!.equals(dark!)).toBe(false);
  });
});

describe('the time zone a snapshot is rendered in', () => {
  it('must be pinned for the run; this suite pins it in vitest.config.ts', () => {
    expect(timeZoneProblem()).toBeUndefined();
    expect(timeZoneProblem({})).toMatch(/the time zone is not pinned .* `process\.env\.TZ = "UTC"` at the top of vitest\.config\.ts/);
    expect(timeZoneProblem({ TZ: 'Mars/Olympus' })).toMatch(/TZ is "Mars\/Olympus", which is not a time zone/);
    const other = new Intl.DateTimeFormat().resolvedOptions().timeZone === 'UTC' ? 'Asia/Tokyo' : 'UTC';
    expect(timeZoneProblem({ TZ: other })).toMatch(/TZ was set too late/);
  });

  it('and the library renders the same bytes in any zone and system locale', () => {
    // Fresh processes, because Node fixes the default locale at start-up.
    const script = `
      import { renderEmail } from './src/index.ts';
      import { exampleIssues } from './tests/support/issues.tsx';
      const out = [];
      for (const { name, element } of await exampleIssues()) out.push(name, (await renderEmail(element())).html);
      console.log(JSON.stringify(out));`;
    const renders = [
      { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
      { TZ: 'America/Los_Angeles', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' },
    ].map((env) => execFileSync('npx', ['tsx', '--input-type=module', '-e', script], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' }));
    expect(renders[0]).toBe(renders[1]);
    const [name, html] = JSON.parse(renders[0]!) as string[];
    expect(html).toBe(readFileSync(join(root, 'tests', 'snapshots', `${name}.html`), 'utf8'));
  });
});
