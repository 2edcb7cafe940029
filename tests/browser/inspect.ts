import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export type Scheme = 'light' | 'dark';

export interface View {
  width: number;
  scheme: Scheme;
  /** Remove every `<style>` element first: what GMX and WEB.DE show. */
  stripStyles: boolean;
}

export interface Inspection {
  scrollWidth: number;
  innerWidth: number;
  /** Texts of the email (preheader excepted) that a reader cannot see. */
  invisibleTexts: string[];
  /** Visually hidden texts inside visible links that Chromium gives to the link's accessible name. */
  screenReaderTexts: string[];
  /** axe-core violations: rule id and the first offending elements. */
  violations: { id: string; impact: string | null | undefined; nodes: string[] }[];
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One headless Chromium for a whole test file; every request is blocked, like an inbox with images off. */
export async function openBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'nk-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await context.route('**/*', (route) => route.abort());
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function screenshotPath(subject: string, view: View): string {
  return join('out', 'screenshots', `${subject}-${view.width}-${view.scheme}${view.stripStyles ? '-nostyle' : ''}.png`);
}

/** Renders the HTML as an inbox would and measures overflow, visibility of every text, and axe. */
export async function inspect(context: BrowserContext, html: string, view: View, screenshot?: string): Promise<Inspection> {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: view.width, height: 900 });
    await page.emulateMedia({ colorScheme: view.scheme });
    await page.setContent(html, { waitUntil: 'load' });
    if (view.stripStyles) await page.evaluate(() => document.querySelectorAll('style').forEach((style) => style.remove()));

    const layout = await page.evaluate(() => {
      const padding = /^[\s\u00a0\u00ad\u034f\u180e\u2007\u200b-\u200f\u2028\u2029\u202f\u2060\ufeff]*$/;
      const first = document.body.firstElementChild;
      const preheader = first && getComputedStyle(first).display === 'none' ? first : null;
      const texts: { node: Text; shown: boolean }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (padding.test(node.data)) continue;
        const parent = node.parentElement;
        if (!parent || (preheader && preheader.contains(parent)) || parent.closest('style, script, title')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const boxed = [...range.getClientRects()].some((rect) => rect.width > 0 && rect.height > 0);
        let shown = boxed && getComputedStyle(parent).visibility === 'visible';
        for (let element: Element | null = parent; shown && element; element = element.parentElement) {
          if (Number(getComputedStyle(element).opacity) === 0) shown = false;
        }
        const colour = getComputedStyle(parent).color;
        if (/rgba\(.*,\s*0\)$/.test(colour) || colour === 'transparent') shown = false;
        texts.push({ node, shown });
      }
      const links = [...document.querySelectorAll('a')];
      const invisible = texts
        .filter(({ shown }) => !shown)
        .map(({ node }) => {
          // Text hidden inside a link whose own text shows may be meant for screen readers only.
          const link = node.parentElement?.closest('a');
          const linkShows = link ? texts.some(({ node: other, shown }) => shown && link.contains(other)) : false;
          return { text: node.data.trim().slice(0, 80), link: link && linkShows ? links.indexOf(link) : -1 };
        });
      return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, invisible };
    });

    // Hidden link text counts as screen-reader text only if Chromium's accessibility tree gives it to the link's name.
    const invisibleTexts: string[] = [];
    const screenReaderTexts: string[] = [];
    for (const { text, link } of layout.invisible) {
      const name = link >= 0 ? await page.locator('a').nth(link).ariaSnapshot() : '';
      (name.replace(/\s+/g, ' ').includes(text.replace(/\s+/g, ' ')) ? screenReaderTexts : invisibleTexts).push(text);
    }

    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
      // WCAG A/AA rules; best-practice landmark rules are left out: the client's page owns the landmarks.
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] });
      return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, nodes: violation.nodes.slice(0, 5).map((node) => JSON.stringify(node.target)) }));
    });

    if (screenshot) {
      mkdirSync(dirname(screenshot), { recursive: true });
      await page.screenshot({ path: screenshot, fullPage: true });
    }
    return { scrollWidth: layout.scrollWidth, innerWidth: layout.innerWidth, invisibleTexts, screenReaderTexts, violations };
  } finally {
    await page.close();
  }
}
