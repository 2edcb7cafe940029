import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Issue, renderEmail } from '../../src';
import { archiveEntryOf, archivePage, toWebPage } from '../../src/send';
import { openBrowser } from '../browser/inspect';
import { seedIssue } from './support';

const data = seedIssue();
const page = async () => toWebPage((await renderEmail(<Issue data={data} />)).html, { url: data.browserUrl, date: '2021-02-08' });

describe('toWebPage', () => {
  it('drops what only an inbox needs and adds what a page needs', async () => {
    const html = await page();
    expect(html).toMatch(/^<!DOCTYPE html>\n<html[^>]* lang="de"/);
    expect(html).not.toMatch(/\[if |endif\]|mso-/i);
    expect(html).not.toContain('data-skip-in-text="true">Öffentliche Rechenzentren');
    expect(html).not.toContain('Wird diese Nachricht nicht richtig dargestellt');
    const $ = load(html);
    expect($('meta[property="og:title"]').attr('content')).toBe('Vitako-Branchenticker Nr. 5');
    expect($('meta[property="og:description"]').attr('content')).toBe(data.preview);
    expect($('meta[name="description"]').attr('content')).toBe(data.preview);
    expect($('meta[property="og:url"]').attr('content')).toBe(data.browserUrl);
    expect($('meta[name="viewport"]').attr('content')).toBe('width=device-width, initial-scale=1');
    expect($('main > [role="article"]')).toHaveLength(1);
    expect($('h1').text()).toContain('Vitako-Branchenticker');
  });

  it('lists every issue in the archive, newest first', () => {
    const entry = (date: string | undefined, title: string) =>
      archiveEntryOf(`<html lang="de"><head><meta property="og:title" content="${title}">${date ? `<meta property="article:published_time" content="${date}">` : ''}</head></html>`, `${title}.html`);
    const html = archivePage([entry('2021-02-08', 'Nr. 5'), entry(undefined, 'Sonderausgabe'), entry('2021-03-08', 'Nr. 6'), entry('2020-12-01', 'Nr. 4')]);
    const $ = load(html);
    expect($('html').attr('lang')).toBe('de');
    expect($('h1').text()).toBe('Alle Ausgaben');
    // Built from the file's name, percent-encoded once, behind ./: no name can become a scheme.
    expect($('li a').map((_, a) => $(a).attr('href')).get()).toEqual(['./Nr.%206.html', './Nr.%205.html', './Nr.%204.html', './Sonderausgabe.html']);
    expect($('li time').first().text()).toBe('8. März 2021');
  });
});

describe('web version in Chromium', () => {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => browser?.close());

  async function audit(html: string, width: number) {
    const tab = await browser.context.newPage();
    try {
      await tab.setViewportSize({ width, height: 800 });
      await tab.setContent(html, { waitUntil: 'load' });
      await tab.addScriptTag({ content: axeSource });
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      // A page owns its landmarks, so best practices count here too (unlike the email in an inbox).
      const violations = await tab.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
        return result.violations.map((v) => v.id);
      });
      return { overflow, violations };
    } finally {
      await tab.close();
    }
  }

  it('the issue page and the archive have no axe violations and no sideways scrolling at 320 and 1280 px', async () => {
    const issuePage = await page();
    const archive = archivePage([archiveEntryOf(issuePage, 'branchenticker-05.html')]);
    for (const width of [320, 1280]) {
      expect(await audit(issuePage, width)).toEqual({ overflow: 0, violations: [] });
      expect(await audit(archive, width)).toEqual({ overflow: 0, violations: [] });
    }
  });
});
