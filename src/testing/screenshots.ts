import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { applyView, type EmailView } from '../storybook/index';
import { writeAtomically } from './files';

export interface ScreenshotOptions {
  /** Widths of the reading pane in px. @default [600, 320] */
  widths?: readonly number[];
  /** @default ['light', 'dark'] */
  schemes?: readonly EmailView['scheme'][];
  /** `off`: remote images are blocked and their alt text shows. @default 'on' */
  images?: EmailView['images'];
  /**
   * The Chromium or Chrome to drive (through `playwright-core`, which downloads no browser).
   * @default the first of /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome, /opt/google/chrome/chrome, /Applications/Google Chrome.app/…
   */
  executablePath?: string;
}

const browsers = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The few parts of playwright-core used here (an optional peer dependency, loaded when asked for). */
interface Playwright {
  chromium: {
    launch(options: { executablePath: string; headless: boolean; args: string[] }): Promise<{
      newPage(options: { viewport: { width: number; height: number } }): Promise<{
        route(url: string, handler: (route: { abort(): Promise<void>; continue(): Promise<void>; request(): { url(): string } }) => Promise<void>): Promise<void>;
        setContent(html: string, options: { waitUntil: 'load'; timeout: number }): Promise<void>;
        screenshot(options: { fullPage: boolean }): Promise<Uint8Array>;
        close(): Promise<void>;
      }>;
      close(): Promise<void>;
    }>;
  };
}

async function loadPlaywright(): Promise<Playwright> {
  // Named through a variable so that the build leaves it an import of the app's own copy.
  const name = 'playwright-core';
  try {
    return (await import(name)) as Playwright;
  } catch {
    throw new Error('newsletter-kit/testing: screenshots need playwright-core: npm install --save-dev playwright-core (it downloads no browser)');
  }
}

/** Takes a full-page PNG of the email per width and colour scheme; returns the files written. */
export async function takeScreenshots(html: string, dir: string, name: string, options: ScreenshotOptions): Promise<string[]> {
  const executablePath = options.executablePath ?? browsers.find((path) => existsSync(path));
  if (!executablePath) {
    throw new Error(`newsletter-kit/testing: no Chromium or Chrome found (looked at ${browsers.join(', ')}): pass screenshots.executablePath`);
  }
  const { chromium } = await loadPlaywright();
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const written: string[] = [];
  try {
    for (const width of options.widths ?? [600, 320]) {
      for (const scheme of options.schemes ?? ['light', 'dark']) {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        try {
          // The email is all that loads: remote images (unless blocked), nothing else.
          await page.route('**/*', (route) => (options.images !== 'off' && /^https?:/.test(route.request().url()) ? route.continue() : route.abort()));
          const shown = applyView(html, { scheme, images: options.images ?? 'on', styles: 'on' });
          // A slow image host must not fail a snapshot test: what has loaded after 10 s is shown.
          await page.setContent(shown, { waitUntil: 'load', timeout: 10_000 }).catch(() => undefined);
          const file = join(dir, `${name}-${width}-${scheme}.png`);
          await writeAtomically(file, await page.screenshot({ fullPage: true }));
          written.push(file);
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
  return written;
}
