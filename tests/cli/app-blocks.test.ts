import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { cli, root, spawnCli, tempDir } from './support';

const project = join(root, 'tests', 'fixtures', 'app-project');
const jobs = join(project, 'jobs.yaml');

describe("a project's own block through the CLI", () => {
  it('is found in newsletter-kit.config.ts of the working directory and rendered from YAML into html, txt and eml', async () => {
    const out = await tempDir();
    const run = await spawnCli(['render', 'jobs.yaml', '--out', out, '--format', 'html,txt,eml'], project, join(project, 'tsconfig.json'));
    expect(run.stderr).toBe(`config: ${join(project, 'newsletter-kit.config.ts')} (blocks: jobListing)\n`);
    expect(run.stdout).toContain('jobs.yaml: check: 0 errors, 0 warnings');
    expect(run.code).toBe(0);

    const html = await readFile(join(out, 'jobs.html'), 'utf8');
    // The block's colours are painted by role, so the dark-mode rules swap them.
    expect(html).toMatch(/<td style="border:1px solid #d9dee4;[^"]*background-color:#e4e8ed" class="bg-placeholder bd-border">/);
    expect(html).toContain('.bg-placeholder{background-color:');
    expect(html).toContain('IT-Sicherheitsbeauftragte (m/w/d)');
    expect(html).toContain('Zur Stellenanzeige');
    // The order the editor wrote: intro, heading, the two jobs, then the news item.
    const order = ['in dieser Ausgabe', 'Offene Stellen', 'IT-Sicherheitsbeauftragte', 'Referentin Onlinezugangsgesetz', 'Kommunale IT-Dienstleister suchen'].map((s) => html.indexOf(s));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);

    const text = await readFile(join(out, 'jobs.txt'), 'utf8');
    // The block's own plain-text reading (its `text` hint), line by line.
    expect(text).toContain('IT-Sicherheitsbeauftragte (m/w/d)\nITDZ Berlin, Berlin\nZur Stellenanzeige: https://www.example.org/stellen/it-sicherheit');

    const mail = await simpleParser(await readFile(join(out, 'jobs.eml')));
    expect(mail.subject).toBe('Stellenticker Nr. 3');
    expect(mail.text).toContain('Referentin Onlinezugangsgesetz (m/w/d)\nDataport, Altenholz');
    expect(mail.html || '').toContain('Bewerbungsschluss: 31. März 2021');
  });

  it('is loaded from --config as well, in this process', async () => {
    const out = await tempDir();
    const run = await cli(['render', jobs, '--config', join(project, 'newsletter-kit.config.ts'), '--out', out, '--format', 'html,txt']);
    expect(run.code, run.stderr).toBe(0);
    expect(await readFile(join(out, 'jobs.txt'), 'utf8')).toContain('Dataport, Altenholz');
  });

  it('is an unknown type without the configuration, and the message says where blocks are registered', async () => {
    const run = await cli(['render', jobs, '--out', await tempDir()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/jobs\.yaml:26:11: blocks\.2\.type: unknown block type "jobListing" — known types: .*newsletter-kit\.config/);
  });

  it('names a configuration that is not one', async () => {
    const dir = await tempDir();
    const bad = join(dir, 'newsletter-kit.config.mjs');
    await (await import('node:fs/promises')).writeFile(bad, 'export default { blocks: [{ type: "jobListing" }], colours: {} };\n');
    const run = await cli(['render', jobs, '--config', bad, '--out', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${bad}: newsletter-kit.config: unknown key "colours"`);
    const missing = await cli(['render', jobs, '--config', join(dir, 'nothing.config.ts'), '--out', dir]);
    expect(missing.stderr).toContain('--config names no file');
  });
});
