import type { BrowserContext } from 'playwright-core';
import { createElement } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import CivicDigest12 from '../../emails/civic-digest-12';
import { renderEmail } from '../../src/render';
import { openBrowser } from './inspect';

/**
 * The English example in reading panes narrower than the 600 px design (a webmail's message
 * frame: Roundcube's at a 600 px window leaves about 525 px) and on a phone, images blocked.
 * `word-break: break-word` on the body stands in for the webmail's own style sheet, which
 * breaks a word that does not fit its box (Roundcube broke the organisation's name "Exchan / ge").
 */
let context: BrowserContext;
let close: () => Promise<void>;
let html = '';
beforeAll(async () => {
  ({ context, close } = await openBrowser());
  ({ html } = await renderEmail(createElement(CivicDigest12)));
});
afterAll(async () => {
  await close?.();
});

interface Layout {
  /** The thumbnail item's headline stands right of its thumbnail (else under it). */
  beside: boolean;
  /** Width of the thumbnail item's teaser over the width the column offers. */
  textShare: number;
  /** The organisation's name beside the logo: its box is at least as wide as its longest word. */
  nameFits: boolean;
  scrollWidth: number;
}

async function layout(width: number): Promise<Layout> {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width, height: 900 });
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html.replace('</head>', '<style>body{word-break:break-word}</style></head>'), { waitUntil: 'load' });
    return await page.evaluate(() => {
      const thumb = document.querySelector('img[alt^="A paper form"]')!;
      const headline = [...document.querySelectorAll('h2')].find((h) => h.textContent!.includes('Plain-language forms'))!;
      const teaser = headline.nextElementSibling!;
      const column = document.querySelector('h1')!.getBoundingClientRect();
      const name = [...document.querySelectorAll('div')].find((d) => d.textContent === 'Civic Tech Exchange')!;
      const probe = document.createElement('span');
      probe.textContent = 'Exchange';
      name.append(probe);
      probe.style.whiteSpace = 'nowrap';
      const word = probe.getBoundingClientRect().width;
      probe.remove();
      return {
        beside: headline.getBoundingClientRect().left >= thumb.getBoundingClientRect().right,
        textShare: teaser.getBoundingClientRect().width / (column.width || 1),
        nameFits: name.getBoundingClientRect().width + 0.5 >= word,
        scrollWidth: document.documentElement.scrollWidth,
      };
    });
  } finally {
    await page.close();
  }
}

describe('the English example in a narrow reading pane', () => {
  it.each([600, 560, 520, 480, 440])('keeps the thumbnail beside its headline at %i px, the name whole', async (width) => {
    const result = await layout(width);
    expect(result.beside).toBe(true);
    expect(result.nameFits).toBe(true);
    expect(result.scrollWidth).toBeLessThanOrEqual(width);
  });

  it.each([320])('stacks them at %i px with the teaser (nearly) full width, the name whole', async (width) => {
    const result = await layout(width);
    expect(result.beside).toBe(false);
    expect(result.textShare).toBeGreaterThanOrEqual(0.9);
    expect(result.nameFits).toBe(true);
    expect(result.scrollWidth).toBeLessThanOrEqual(width);
  });
});
