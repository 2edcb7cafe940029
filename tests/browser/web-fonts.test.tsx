import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { branchenticker05 } from '../../emails/fixtures/branchenticker-05';
import { createTheme, Issue, renderEmail } from '../../src';
import { inspect, openBrowser } from './inspect';

// A real woff2 file that ships in node_modules, served where the theme says the font lives.
const storybook = dirname(createRequire(import.meta.url).resolve('storybook/package.json'));
const nunito = readFileSync(join(storybook, 'assets', 'browser', 'nunito-sans-regular.woff2'));
const FONT_URL = 'https://fonts.example.org/nunito-sans-regular.woff2';
const theme = createTheme({
  fonts: { body: "'Nunito Sans', Arial, Helvetica, sans-serif", heading: "'Nunito Sans', Arial, Helvetica, sans-serif" },
  webFonts: { 'Nunito Sans': [{ url: FONT_URL }] },
});

let context: BrowserContext;
let close: () => Promise<void>;
let html = '';
beforeAll(async () => {
  ({ context, close } = await openBrowser());
  html = (await renderEmail(<Issue data={branchenticker05} theme={theme} />)).html;
});
afterAll(async () => {
  await close?.();
});

/** Which font the first paragraph is drawn in, and whether the web font loaded, in a client that loads web fonts (Apple Mail's WebKit, Thunderbird's Gecko: here Chromium). */
async function fontOfText(serve: boolean, stripStyles: boolean): Promise<{ loaded: boolean; requested: string[] }> {
  const page = await context.newPage();
  const requested: string[] = [];
  try {
    await page.route(FONT_URL, (route) => {
      requested.push(route.request().url());
      return serve ? route.fulfill({ status: 200, contentType: 'font/woff2', body: nunito }) : route.abort();
    });
    await page.setContent(stripStyles ? html.replace(/<style>[\s\S]*?<\/style>/g, '') : html, { waitUntil: 'load' });
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('16px "Nunito Sans"') && [...document.fonts].some((face) => face.family.replace(/"/g, '') === 'Nunito Sans' && face.status === 'loaded');
    });
    return { loaded, requested };
  } finally {
    await page.close();
  }
}

describe('a web font', () => {
  it('loads from the theme’s URL in a client that loads web fonts', async () => {
    expect(await fontOfText(true, false)).toEqual({ loaded: true, requested: [FONT_URL] });
  });

  it('is not even requested where <style> is dropped (GMX, WEB.DE), and the email reads in the fallback', async () => {
    expect(await fontOfText(true, true)).toEqual({ loaded: false, requested: [] });
    const result = await inspect(context, html, { width: 320, scheme: 'light', stripStyles: true });
    expect(result.invisibleTexts).toEqual([]);
    expect(result.violations).toEqual([]);
  });

  it('that cannot be loaded leaves every text readable, light and dark', async () => {
    expect((await fontOfText(false, false)).loaded).toBe(false);
    for (const scheme of ['light', 'dark'] as const) {
      const result = await inspect(context, html, { width: 600, scheme, stripStyles: false });
      expect(result.invisibleTexts).toEqual([]);
      expect(result.violations).toEqual([]);
    }
  });
});
