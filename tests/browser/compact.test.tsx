import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { branchenticker05 } from '../../emails/fixtures/branchenticker-05';
import { Issue } from '../../src';
import { renderEmail } from '../../src/render';
import { inspect, openBrowser, screenshotPath, type View } from './inspect';

const views: View[] = [600, 320].flatMap((width) =>
  (['light', 'dark'] as const).flatMap((scheme) => [false, true].map((stripStyles) => ({ width, scheme, stripStyles }))),
);
const label = (view: View): string => `${view.width}px ${view.scheme}${view.stripStyles ? ' without <style>' : ''}`;

let context: BrowserContext;
let close: () => Promise<void>;
let regular = '';
let compact = '';
beforeAll(async () => {
  ({ context, close } = await openBrowser());
  ({ html: regular } = await renderEmail(<Issue data={branchenticker05} />));
  ({ html: compact } = await renderEmail(<Issue data={{ ...branchenticker05, density: 'compact' }} />));
});
afterAll(async () => {
  await close?.();
});

/** The page height of the email at `width` px, images blocked. */
async function height(html: string, width: number): Promise<number> {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width, height: 900 });
    await page.setContent(html, { waitUntil: 'load' });
    return await page.evaluate(() => document.documentElement.scrollHeight);
  } finally {
    await page.close();
  }
}

describe("the seed issue with density: 'compact'", () => {
  it.each(views.map((view) => [label(view), view] as const))('is readable at %s, images and network blocked', async (_label, view) => {
    const result = await inspect(context, compact, view, screenshotPath('branchenticker-05-compact', view));
    expect(result.scrollWidth, 'horizontal overflow').toBeLessThanOrEqual(result.innerWidth + 1);
    expect(result.invisibleTexts, 'texts a reader cannot see').toEqual([]);
    expect(result.violations, 'axe-core violations').toEqual([]);
  });

  it('takes at most 47 % of the height of the regular layout at 600 px', async () => {
    const [full, dense] = [await height(regular, 600), await height(compact, 600)];
    expect(full).toBeGreaterThan(5000);
    expect(dense / full).toBeLessThanOrEqual(0.47);
  });
});
