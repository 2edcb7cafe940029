import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { load } from 'cheerio';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveEntryOf, archivePage, toWebPage, WebPageError } from '../../src/send';
import { openBrowser } from '../browser/inspect';
import { cli, root, tempDir } from '../cli/support';

/**
 * The web version and the archive, fed what an outsider controls: the browserUrl, the input
 * file's name, pages left in the folder. No link may run a script or open another file.
 */
const seed = parse(await readFile(join(root, 'emails', 'branchenticker-05.yaml'), 'utf8')) as Record<string, unknown>;

async function issueFile(dir: string, name: string, changes: Record<string, unknown>): Promise<string> {
  const file = join(dir, name);
  const data: Record<string, unknown> = { ...seed, ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete data[key];
  await writeFile(file, JSON.stringify(data));
  return file;
}

const archiveLinks = async (out: string) => load(await readFile(join(out, 'web', 'index.html'), 'utf8'))('li a').map((_, a) => load(a)('a').attr('href')).get();

describe('web archive: links built from the written file name', () => {
  it('a browserUrl ending in javascript:… and an input named javascript:….json link to their own files', async () => {
    const dir = await tempDir();
    const out = join(dir, 'out');
    const byUrl = await issueFile(dir, 'by-url.json', { browserUrl: 'https://www.vitako.de/javascript:alert(document.domain)' });
    const byName = await issueFile(dir, "javascript:alert('x').json", { browserUrl: undefined });
    const percent = await issueFile(dir, 'percent.json', { browserUrl: 'https://www.vitako.de/newsletter/50%25-rabatt' });
    const run = await cli(['render', byUrl, byName, percent, '--out', out, '--format', 'web', '--level', 'skip']);
    expect(run.stderr.replace(/\[\d\/3\][^\n]*\n/g, '')).toBe('');
    expect(run.code).toBe(0);
    expect((await readdir(join(out, 'web'))).sort()).toEqual(['50%-rabatt.html', 'index.html', "javascript:alert('x').html", 'javascript:alert(document.domain).html']);
    expect((await archiveLinks(out)).sort()).toEqual(['./50%25-rabatt.html', "./javascript%3Aalert('x').html", './javascript%3Aalert(document.domain).html']);
  });

  it('refuses a browserUrl that would overwrite the archive, and two issues whose URLs end alike, naming both', async () => {
    const dir = await tempDir();
    const out = join(dir, 'out');
    const index = await issueFile(dir, 'index-url.json', { browserUrl: 'https://www.vitako.de/newsletter/index.html' });
    const first = await issueFile(dir, 'first.json', { browserUrl: 'https://www.vitako.de/2021/ausgabe' });
    const second = await issueFile(dir, 'second.json', { browserUrl: 'https://www.vitako.de/2022/ausgabe' });
    const run = await cli(['render', index, first, second, '--out', out, '--format', 'web', '--level', 'skip']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${index}: browserUrl: the web page would be written as "index.html", which must not be "index.html": that is the archive itself`);
    expect(run.stderr).toContain(`${second}: ${join(out, 'web', 'ausgabe.html')} would overwrite the output of ${first}`);
    expect(await archiveLinks(out)).toEqual(['./ausgabe.html']);
  });

  it('a page with an invalid date is named and left out; the archive lists the others', async () => {
    const dir = await tempDir();
    const out = join(dir, 'out');
    await mkdir(join(out, 'web'), { recursive: true });
    await writeFile(join(out, 'web', 'alt.html'), '<html lang="de"><head><meta property="og:title" content="Alt"><meta property="article:published_time" content="2021-02-30"></head></html>');
    const good = await issueFile(dir, 'good.json', {});
    const run = await cli(['render', good, '--out', out, '--format', 'web', '--level', 'skip']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`web archive: ${join(out, 'web', 'alt.html')}: not listed: article:published_time must be a real date as YYYY-MM-DD, got "2021-02-30"`);
    expect(await archiveLinks(out)).toEqual(['./branchenticker-05.html']);
  });

  it('the library refuses what it cannot link or date, with a named error', () => {
    expect(() => toWebPage('<html></html>', { url: 'javascript:alert(1)' })).toThrow(WebPageError);
    expect(() => toWebPage('<html></html>', { date: '2021-13-01' })).toThrow(/date: must be a real date as YYYY-MM-DD/);
    expect(() => archiveEntryOf('<html></html>', '../etc/passwd')).toThrow(/must be a file name in the archive's folder, not a path/);
    expect(() => archivePage([{ file: 'index.html', title: 'x' }])).toThrow(/entries\.0\.file: must not be "index\.html"/);
    expect(() => archivePage([{ file: 'a.html', title: 'x', date: 'gestern' }])).toThrow(/entries\.0\.date/);
    const html = archivePage([{ file: 'javascript:alert(1).html', title: '<img src=x onerror=alert(1)>' }]);
    expect(html).toContain('<a href="./javascript%3Aalert(1).html">&lt;img src=x onerror=alert(1)&gt;</a>');
  });
});

describe('web archive in Chromium: clicking every link runs no script and opens the named file', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => browser?.close());

  it('every archive link opens its own page, and no dialog ever opens', async () => {
    const dir = await tempDir();
    const out = join(dir, 'out');
    const files = [
      await issueFile(dir, 'a.json', { browserUrl: 'https://www.vitako.de/javascript:alert(document.domain)', title: 'Seite A' }),
      await issueFile(dir, "javascript:alert('x').json", { browserUrl: undefined, title: 'Seite B' }),
      await issueFile(dir, 'c.json', { browserUrl: 'https://www.vitako.de/newsletter/50%25-rabatt', title: 'Seite C' }),
      await issueFile(dir, 'd.json', { browserUrl: 'https://www.vitako.de/newsletter/ausgabe%20mit%20leerzeichen', title: 'Seite D' }),
    ];
    expect((await cli(['render', ...files, '--out', out, '--format', 'web', '--level', 'skip'])).code).toBe(0);
    // Local files only: the page itself, its siblings; everything else is refused as in the other browser tests.
    await browser.context.unroute('**/*');
    await browser.context.route('**/*', (route) => (route.request().url().startsWith('file://') ? route.continue() : route.abort()));
    const tab = await browser.context.newPage();
    const dialogs: string[] = [];
    tab.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const archive = pathToFileURL(join(out, 'web', 'index.html')).href;
    await tab.goto(archive);
    const count = await tab.locator('li a').count();
    expect(count).toBe(4);
    const opened: string[] = [];
    for (let i = 0; i < count; i++) {
      await tab.goto(archive);
      const link = tab.locator('li a').nth(i);
      const title = await link.textContent();
      await link.click();
      await tab.waitForLoadState('load');
      opened.push(`${title} -> ${decodeURIComponent(tab.url().split('/').pop()!)} (${await tab.title()})`);
    }
    await tab.close();
    expect(dialogs).toEqual([]);
    expect(opened.sort()).toEqual([
      "Seite A -> javascript:alert(document.domain).html (Seite A)",
      "Seite B -> javascript:alert('x').html (Seite B)",
      'Seite C -> 50%-rabatt.html (Seite C)',
      'Seite D -> ausgabe mit leerzeichen.html (Seite D)',
    ]);
  });
});
