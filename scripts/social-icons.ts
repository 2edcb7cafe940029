/**
 * Draws the social-link icons that `SocialLinks` shows and the package ships for the sender to
 * host (icons/social/): each network's mark, drawn here from plain shapes (no icon set, nothing to
 * license), as a 48 × 48 PNG for a 24 px icon (2× for high-density screens), in a light variant
 * (dark mark, for light backgrounds) and a dark one (light mark). Chromium rasterises the SVG.
 *   npx tsx scripts/social-icons.ts
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { socialNetworks } from '../src/components/SocialLinks/networks';

/**
 * Each mark on a 24 × 24 grid: `shape` is drawn in the mark's colour, `cut` is cut out of it
 * (transparent, so that the background shows through on any scheme).
 */
const marks: Record<keyof typeof socialNetworks, { shape: string; cut?: string }> = {
  // The mark used since July 2023: a broad stroke from top left to bottom right, open in the middle, and a thin one across.
  x: {
    shape:
      '<path d="M3 3h5.2l12.8 18h-5.2z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/><path d="M20.4 3 13.6 10.8M10.4 13.2 3.6 21" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>',
  },
  mastodon: {
    shape:
      '<path d="M12 2.5c-4.6 0-8 1.4-8 6.2v5.5c0 4.4 2.9 6.3 6.6 6.8 2.2.3 4.2-.1 5.3-.6l-.1-1.8c-1.3.4-3 .6-4.4.3-1.7-.3-2.6-1.1-2.7-2.5 2.3.5 5.9.6 8.4-.1 2.2-.6 2.9-2.2 2.9-4.3V8.7c0-4.8-3.4-6.2-8-6.2z" fill="currentColor"/>',
    cut: '<path d="M8 13.5V9.6c0-1.1.7-1.7 1.6-1.7s1.6.6 1.6 1.7v2.2h1.6V9.6c0-1.1.7-1.7 1.6-1.7S16 8.5 16 9.6v3.9" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/>',
  },
  bluesky: {
    shape:
      '<path d="M12 11.2C10.6 8.4 6.9 3.3 3.6 3.3 2.4 3.3 2 4.6 2 5.4c0 .8.4 4.5.7 5.3 1 2.6 3.8 3 6.3 2.6-4 .7-5.1 2.9-2.9 5.1 4.2 4.2 5.9-1 5.9-2.4 0 1.4 1.7 6.6 5.9 2.4 2.2-2.2 1.1-4.4-2.9-5.1 2.5.4 5.3 0 6.3-2.6.3-.8.7-4.5.7-5.3 0-.8-.4-2.1-1.6-2.1-3.3 0-7 5.1-8.4 7.9z" fill="currentColor"/>',
  },
  linkedin: {
    shape: '<rect x="2.5" y="2.5" width="19" height="19" rx="3" fill="currentColor"/>',
    cut: '<circle cx="7.6" cy="7.4" r="1.6" fill="currentColor"/><path d="M6.3 10.2h2.6v7.6H6.3zM11 10.2h2.5v1.1c.5-.8 1.4-1.3 2.6-1.3 2 0 3.1 1.2 3.1 3.6v4.2h-2.6v-3.8c0-1-.4-1.7-1.4-1.7s-1.6.7-1.6 1.7v3.8H11z" fill="currentColor"/>',
  },
  facebook: {
    shape: '<circle cx="12" cy="12" r="10" fill="currentColor"/>',
    cut: '<path d="M13.4 22v-7.4h2.5l.4-2.9h-2.9V9.9c0-.8.3-1.4 1.4-1.4h1.6V5.9c-.3 0-1.2-.1-2.3-.1-2.3 0-3.8 1.4-3.8 3.9v2h-2.5v2.9h2.5V22z" fill="currentColor"/>',
  },
  instagram: {
    shape:
      '<rect x="3" y="3" width="18" height="18" rx="5" fill="none" stroke="currentColor" stroke-width="2"/><circle cx="12" cy="12" r="4.2" fill="none" stroke="currentColor" stroke-width="2"/><circle cx="17.3" cy="6.7" r="1.3" fill="currentColor"/>',
  },
  youtube: { shape: '<rect x="1.5" y="5" width="21" height="14" rx="4" fill="currentColor"/>', cut: '<path d="M10 8.8v6.4l5.5-3.2z" fill="currentColor"/>' },
  rss: {
    shape:
      '<circle cx="5.5" cy="18.5" r="2.2" fill="currentColor"/><path d="M3.5 10.5a10 10 0 0 1 10 10M3.5 4a16.5 16.5 0 0 1 16.5 16.5" fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round"/>',
  },
  email: {
    shape:
      '<rect x="2.5" y="5" width="19" height="14" rx="2" fill="none" stroke="currentColor" stroke-width="2"/><path d="m3.5 6.5 8.5 6.5 8.5-6.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/>',
  },
  website: {
    shape:
      '<circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="1.8"/><ellipse cx="12" cy="12" rx="4" ry="9.5" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M2.8 9h18.4M2.8 15h18.4" stroke="currentColor" stroke-width="1.6"/>',
  },
};

/** The mark's colour: dark on light backgrounds, light on dark ones (the default theme's text colours). */
const variants = { light: '#1f2933', dark: '#e6eaee' } as const;

const out = join(import.meta.dirname, '..', 'icons', 'social');
mkdirSync(out, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'nk-icons-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  deviceScaleFactor: 2,
  viewport: { width: 24, height: 24 },
});
try {
  const page = await browser.newPage();
  for (const [network, mark] of Object.entries(marks)) {
    for (const [variant, colour] of Object.entries(variants)) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><defs><mask id="m"><g style="color:#fff">${mark.shape}</g><g style="color:#000">${mark.cut ?? ''}</g></mask></defs><rect width="24" height="24" fill="${colour}" mask="url(#m)"/></svg>`;
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
      const png = await page.locator('svg').screenshot({ omitBackground: true, type: 'png' });
      writeFileSync(join(out, `${network}-${variant}.png`), png);
    }
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`icons: ${Object.keys(marks).length * 2} PNGs in ${out}`);
