import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as library from '../../src';
import { ensureBuilt } from '../support/dist';

/**
 * Builds the static Storybook from the current code, serves it on 127.0.0.1 and opens every
 * story in Chromium, as a reviewer would: a story fails on a render error, a console error, an
 * empty email, an email that scrolls sideways in its pane, or an axe violation inside the
 * email's iframe (where Storybook's a11y panel cannot reach) or around it. The example issues
 * are also opened with images off, without `<style>` and as plain text. Screenshots of the
 * whole issues (light, dark, without `<style>`) are kept under out/storybook/ for review.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const staticDir = join(root, 'storybook-static');
const shotsDir = join(root, 'out', 'storybook');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The tag that stories of whole documents carry (stories/support/withEmail.tsx). */
const DOCUMENT_TAG = 'email-document';
type RunOnly = { type: 'tag' | 'rule'; values: string[] };
/** Conformance rules for every story; whole documents also get axe's best practices. */
const WCAG: RunOnly = { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] };
const WCAG_AND_BEST_PRACTICE: RunOnly = { type: 'tag', values: [...WCAG.values, 'best-practice'] };
/**
 * Dark mode changes colours and nothing else (the dark rules set `color`, `background-color`
 * and border colours), so in dark mode only the rules that read colours can answer differently.
 */
const COLOUR_RULES: RunOnly = { type: 'rule', values: ['color-contrast', 'link-in-text-block'] };
/**
 * Best practices about the page's landmarks do not apply to an email: a client shows it inside
 * its own page, whose `<main>` holds it. The email marks itself `role="article"` with
 * `aria-roledescription="email"`, as the Email Markup Consortium recommends.
 */
const NOT_FOR_EMAIL = ['region', 'landmark-one-main'];

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
  tags: string[];
}

let stories: IndexEntry[] = [];
let baseUrl = '';
let closeServer: () => Promise<void> = async () => {};
let context: BrowserContext | undefined;
let profileDir = '';
/** Requests the page route stopped, as "resourceType url". */
const requestsBlocked: string[] = [];

beforeAll(async () => {
  ensureBuilt();
  await run('npx', ['storybook', 'build', '-o', 'storybook-static', '--quiet']);
  const index = JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> };
  stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

  ({ url: baseUrl, close: closeServer } = await serve(staticDir));
  profileDir = await mkdtemp(join(tmpdir(), 'nk-storybook-chromium-'));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Chromium puts sandboxed iframes (the email) in a process of their own, whose requests
      // page routes do not see. No host but 127.0.0.1 resolves, so nothing leaves the machine.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    requestsBlocked.push(`${route.request().resourceType()} ${url.href}`);
    return route.abort('blockedbyclient');
  });
  await rm(shotsDir, { recursive: true, force: true });
  await mkdir(shotsDir, { recursive: true });
}, 300_000);

afterAll(async () => {
  await context?.close();
  await closeServer();
  if (profileDir) await rm(profileDir, { recursive: true, force: true });
});

describe('Storybook', () => {
  it('lists stories for every exported component and both example issues', () => {
    const titles = new Set(stories.map((s) => s.title.split('/').pop()));
    // Shown through the stories of the components that use it (Intro and NewsItem with links).
    const shownInside = new Set(['RichParagraph']);
    const components = Object.entries(library)
      .filter(([name, value]) => /^[A-Z]/.test(name) && typeof value === 'function' && !(value.prototype instanceof Error))
      .map(([name]) => name);
    expect(components.length).toBeGreaterThan(10);
    expect(components.filter((name) => !titles.has(name) && !shownInside.has(name))).toEqual([]);
    const examples = stories.filter((s) => s.title === 'Issues/Examples').map((s) => s.id);
    expect(examples).toEqual(['issues-examples--vitako-branchenticker-05', 'issues-examples--civic-digest-12-english']);
  });

  it('detects a render error, an axe violation and an empty email (the checks below can fail)', async () => {
    const page = await newPage();
    try {
      // An invalid prop through the URL: renderEmail's validation error must surface.
      const broken = await visit(page, 'components-newsitem--image-on-top', {}, 'href:not-a-url');
      expect(broken.problems.join('\n')).toMatch(/render error: .*NewsItem: prop "href"/);
      expect(broken.problems.join('\n')).toMatch(/console error/);

      // The same axe run as below, on a sandboxed iframe with an image without alt and an empty one.
      await page.setContent(
        '<iframe id="bad" sandbox="" title="bad" srcdoc="<html lang=en><title>x</title><body><img src=x.png width=10 height=10></body></html>"></iframe>' +
          '<iframe id="empty" sandbox="" title="empty" srcdoc="<html lang=en><title>x</title><body> </body></html>"></iframe>',
      );
      const empty = await (await page.$('#empty'))?.contentFrame();
      await empty?.waitForURL('about:srcdoc', { waitUntil: 'load' });
      expect(empty && (await visibleText(empty))).toBe('');
      const violations = await axeInEmail(page, WCAG, '#bad');
      expect(violations.map((v) => v.id)).toContain('image-alt');
    } finally {
      await page.close();
    }
  });

  it('renders every story as a non-empty, accessible, reflowing email without errors, light and dark', async () => {
    expect(stories.length).toBeGreaterThan(40);
    const started = Date.now();
    // Two tabs of the one browser share the stories: the machine has two cores.
    const queue = [...stories];
    const tabs = await Promise.all([newPage(), newPage()]);
    const results = await Promise.all(
      tabs.map(async (page) => {
        const found: string[] = [];
        try {
          for (let story = queue.shift(); story; story = queue.shift()) found.push(...(await checkStory(page, story)));
        } finally {
          await page.close();
        }
        return found;
      }),
    );
    console.info(`storybook.test: ${stories.length} stories, light and dark, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(results.flat().sort()).toEqual([]);
    // Only the emails' remote images may reach for the network; Storybook itself must not.
    expect(requestsBlocked.filter((request) => !request.startsWith('image '))).toEqual([]);
  }, 600_000);

  it('applies the toolbar to whole issues: dark, images off, no <style>, plain text', async () => {
    const page = await newPage();
    const problems: string[] = [];
    try {
      for (const story of stories.filter((s) => s.title === 'Issues/Examples')) {
        const light = await visit(page, story.id, {});
        problems.push(...light.problems.map((p) => `${story.id} (light): ${p}`));
        if (!light.frame) continue;
        const lightBackground = await bodyBackground(light.frame);
        const lightShot = await screenshot(page, light.frame);

        const dark = await visit(page, story.id, { scheme: 'dark' });
        problems.push(...dark.problems.map((p) => `${story.id} (dark): ${p}`));
        expect(dark.frame && (await bodyBackground(dark.frame)), `${story.id}: dark mode changes the page colour`).not.toBe(
          lightBackground,
        );

        const imagesOff = await visit(page, story.id, { images: 'off' });
        problems.push(...imagesOff.problems.map((p) => `${story.id} (images off): ${p}`));
        const policy = await imagesOff.frame?.evaluate(() =>
          document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
        );
        expect(policy, `${story.id}: images off sets a policy`).toBe("img-src 'none'");

        // GMX and WEB.DE drop <style>. Everything that shows in light mode is inline, so their
        // view must be the light view pixel for pixel (the <style> carries only dark mode).
        const noStyle = await visit(page, story.id, { styles: 'off' });
        problems.push(...noStyle.problems.map((p) => `${story.id} (no style): ${p}`));
        if (noStyle.frame) {
          expect(await noStyle.frame.evaluate(() => document.querySelectorAll('style').length), `${story.id}: no <style>`).toBe(0);
          const violations = await axeInEmail(page, WCAG_AND_BEST_PRACTICE);
          problems.push(...violations.map((v) => `${story.id} (no style): axe in the email: ${summarize(v)}`));
          const noStyleShot = await screenshot(page, noStyle.frame, `${story.id}--no-style`);
          expect(noStyleShot.equals(lightShot), `${story.id}: without <style> the email looks exactly as in light mode`).toBe(true);
        }

        const text = await visit(page, story.id, { part: 'text' });
        problems.push(...text.problems.map((p) => `${story.id} (text): ${p}`));
        const plain = await page.locator('[data-email-text]').textContent();
        expect(plain?.length ?? 0, `${story.id}: plain-text part`).toBeGreaterThan(1000);
        expect(plain, `${story.id}: plain text carries the unsubscribe URL`).toMatch(/https:\/\/[^\s>]*(?:abmelden|unsubscribe)/);
      }
    } finally {
      await page.close();
    }
    expect(problems).toEqual([]);
  }, 300_000);
});

/** One story in light and dark: renders, not empty, no console error, axe clean in and around the email. */
async function checkStory(page: Page, story: IndexEntry): Promise<string[]> {
  const problems: string[] = [];
  const document = story.tags.includes(DOCUMENT_TAG);
  for (const scheme of ['light', 'dark'] as const) {
    const result = await visit(page, story.id, { scheme });
    problems.push(...result.problems.map((p) => `${story.id} (${scheme}): ${p}`));
    if (!result.frame) continue;
    if (scheme === 'light') {
      const around = await axeAround(page);
      problems.push(...around.map((v) => `${story.id}: axe around the email: ${summarize(v)}`));
    }
    const violations = await axeInEmail(page, scheme === 'dark' ? COLOUR_RULES : document ? WCAG_AND_BEST_PRACTICE : WCAG);
    problems.push(...violations.map((v) => `${story.id} (${scheme}): axe in the email: ${summarize(v)}`));
    if (story.title.startsWith('Issues/')) await screenshot(page, result.frame, `${story.id}--${scheme}`);
  }
  return problems;
}

// --- visiting a story ---------------------------------------------------------------------------

interface Visit {
  /** The email's frame when the story rendered one. */
  frame: Frame | undefined;
  problems: string[];
}

const consoleErrors = new WeakMap<Page, string[]>();

/** A tab that records console errors (except the failed loads of the blocked remote images). */
async function newPage(): Promise<Page> {
  if (!context) throw new Error('no browser');
  const page = await context.newPage();
  const errors: string[] = [];
  consoleErrors.set(page, errors);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (isBlockedRemoteLoad(text, message.location().url)) return;
    errors.push(text);
  });
  page.on('pageerror', (error) => errors.push(`uncaught ${error.name}: ${error.message}`));
  return page;
}

/**
 * Remote images cannot load here (nothing resolves but 127.0.0.1), and with images off the
 * toolbar's `img-src 'none'` policy refuses them (Chromium reports that a moment later, so it
 * may land in the next visit; no other policy here says `img-src 'none'`). Both are expected;
 * any other failed load (a missing asset of the build) or refusal is an error.
 */
function isBlockedRemoteLoad(text: string, url: string): boolean {
  const remote = /^https?:/.test(url) && new URL(url).hostname !== '127.0.0.1';
  if (remote && /^Failed to load resource: net::ERR_(?:NAME_NOT_RESOLVED|FAILED|BLOCKED_BY_CLIENT)/.test(text)) return true;
  // Chromium's wording has changed over versions: "Refused to load the image '…' because it
  // violates …" and "Loading the image '…' violates …".
  return /^(?:Refused to load|Loading) the image 'https?:\/\/[^']+' (?:because it )?violates the following Content Security Policy directive: "img-src 'none'"/.test(
    text,
  );
}

/** How the toolbar shows the email; every visit sets all four, so none carries over. */
interface View {
  scheme: 'light' | 'dark';
  images: 'on' | 'off';
  styles: 'on' | 'off';
  part: 'html' | 'text';
}
const defaultView: View = { scheme: 'light', images: 'on', styles: 'on', part: 'html' };

/** The story each tab's Storybook preview shows; a tab without one loads iframe.html first. */
const storyShown = new WeakMap<Page, string>();

/**
 * Shows a story. The first visit of a tab loads iframe.html; later ones switch story and
 * globals over Storybook's channel, as the manager UI does (a reload costs ~0.8 s a story).
 * The preview marks what it shows (`data-story`, `data-view`), so the wait ends on this story's
 * email, not the previous one. Asking for the story already shown would make Storybook render
 * it once more (and hide it meanwhile), so only the globals are sent then. A URL `args`
 * override or a story error forces a fresh load.
 */
async function visit(page: Page, id: string, view: Partial<View>, args?: string): Promise<Visit> {
  const errors = consoleErrors.get(page)!;
  errors.length = 0;
  const globals = { ...defaultView, ...view };
  // The toolbar's globals, as newsletter-kit/storybook names them.
  const toolbar = { emailScheme: globals.scheme, emailImages: globals.images, emailStyles: globals.styles, emailPart: globals.part };
  const shown = storyShown.get(page);
  if (args || shown === undefined) {
    const query = new URLSearchParams({ id, viewMode: 'story' });
    query.set(
      'globals',
      Object.entries(toolbar)
        .map(([key, value]) => `${key}:${value}`)
        .join(';'),
    );
    if (args) query.set('args', args);
    await page.goto(`${baseUrl}/iframe.html?${query}`, { waitUntil: 'load' });
    if (args) storyShown.delete(page);
    else storyShown.set(page, id);
  } else {
    await page.evaluate(
      ({ storyId, globals, switchStory }) => {
        const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: { emit: (event: string, data: unknown) => void } })
          .__STORYBOOK_ADDONS_CHANNEL__;
        channel.emit('updateGlobals', { globals });
        if (switchStory) channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      },
      { storyId: id, globals: toolbar, switchStory: shown !== id },
    );
    storyShown.set(page, id);
  }
  const shows = `${globals.scheme} ${globals.images} ${globals.styles} ${globals.part}`;
  await page.waitForFunction(
    ([storyId, view]) => {
      const body = document.body.classList;
      if (body.contains('sb-show-errordisplay')) return true;
      const shown = document.querySelector('[data-email-state]');
      return (
        body.contains('sb-show-main') &&
        !body.contains('sb-show-preparing-story') &&
        shown?.getAttribute('data-story') === storyId &&
        shown.getAttribute('data-view') === view &&
        shown.getAttribute('data-email-state') !== 'rendering'
      );
    },
    [id, shows] as const,
    { timeout: 30_000 },
  );
  const problems: string[] = [];
  let frame: Frame | undefined;
  const failed = await page.$('[data-email-state="error"]');
  if (failed) problems.push(`render error: ${(await failed.innerText()).replace(/\s+/g, ' ')}`);
  else if (await page.$('body.sb-show-errordisplay')) {
    problems.push(`story error: ${(await page.locator('#error-message').innerText()).replace(/\s+/g, ' ')}`);
    storyShown.delete(page);
  } else if (globals.part === 'html') {
    const element = await page.$('iframe[data-email-frame]');
    frame = (await element?.contentFrame()) ?? undefined;
    if (!frame) problems.push('no email iframe');
    else {
      await frame.waitForURL('about:srcdoc', { waitUntil: 'load' });
      if ((await visibleText(frame)) === '') problems.push('the email iframe is empty');
      // On a loaded machine the frame can report 'load' before its pane is laid out (0 px wide):
      // measure only once the pane and the email's body have a width. The frame is sandboxed
      // without scripts, so its timers never fire and `waitForFunction` could not poll in it:
      // the test polls from here.
      await waitForLayout(frame);
      // WCAG 1.4.10 Reflow: at 320 px (and any wider pane) nothing may need sideways scrolling.
      const { scrollWidth, innerWidth } = await frame.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      if (scrollWidth > innerWidth)
        problems.push(`scrolls sideways: ${scrollWidth} px of content in a ${innerWidth} px pane (WCAG 1.4.10 Reflow)`);
    }
  }
  problems.push(...errors.map((e) => `console error: ${e}`));
  return { frame, problems };
}

async function waitForLayout(frame: Frame, timeout = 15_000): Promise<void> {
  const laidOut = () => frame.evaluate(() => window.innerWidth > 0 && (document.body?.getBoundingClientRect().width ?? 0) > 0);
  const until = Date.now() + timeout;
  while (!(await laidOut())) {
    if (Date.now() > until) throw new Error(`the email frame had no width after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function visibleText(frame: Frame): Promise<string> {
  return frame.evaluate(() => document.body?.innerText.trim() ?? '');
}

async function bodyBackground(frame: Frame): Promise<string> {
  return frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

// --- axe ----------------------------------------------------------------------------------------

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * axe inside the email. axe schedules its work with timers, and in a frame sandboxed without
 * scripts no timer ever fires (axe.run would never settle). So axe runs in a twin of the email's
 * iframe: sandboxed with `allow-scripts` only (an opaque origin, no access to Storybook), sized
 * like the email's iframe, with the email's srcdoc written into it. The email has no scripts of
 * its own, so the twin's document is the same. The twin lives outside Storybook's root (React
 * owns that) and is reused: `document.open()` keeps the window, so axe's 550 kB are evaluated
 * once per tab rather than once per story.
 */
async function axeInEmail(page: Page, runOnly: RunOnly, selector = 'iframe[data-email-frame]'): Promise<Violation[]> {
  const original = await page.$(selector);
  if (!original) throw new Error(`axe: no ${selector}`);
  const email = await original.evaluate((iframe) => {
    const { width, height } = iframe.getBoundingClientRect();
    return { html: iframe.getAttribute('srcdoc') ?? '', width, height };
  });
  if (!email.html) throw new Error(`axe: ${selector} has no srcdoc`);
  const frame = await axeTwin(page);
  await (
    await frame.frameElement()
  ).evaluate((twin, { width, height }) => {
    // Off to the left: outside the page's scrollable area, so it never shifts what is on screen.
    (twin as HTMLIFrameElement).style.cssText = `position:absolute;left:-20000px;top:0;border:0;width:${width}px;height:${height}px`;
  }, email);
  await frame.evaluate((html) => {
    document.open();
    document.write(html);
    document.close();
  }, email.html);
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(axeSource);
  const violations = await frame.evaluate(async (only) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: only, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, runOnly);
  return violations.filter((v) => !NOT_FOR_EMAIL.includes(v.id));
}

const twins = new WeakMap<Page, Frame>();

async function axeTwin(page: Page): Promise<Frame> {
  const existing = twins.get(page);
  if (existing && !existing.isDetached()) return existing;
  const element = await page.evaluateHandle(() => {
    const twin = document.createElement('iframe');
    twin.setAttribute('sandbox', 'allow-scripts');
    twin.setAttribute('title', 'axe twin of the email');
    twin.setAttribute('srcdoc', '<!doctype html><title>axe</title>');
    twin.style.cssText = 'position:absolute;left:-20000px;top:0;border:0';
    document.body.append(twin);
    return twin;
  });
  const frame = await element.asElement()?.contentFrame();
  if (!frame) throw new Error('axe: the twin iframe has no frame');
  await frame.waitForURL('about:srcdoc', { waitUntil: 'load' });
  await frame.evaluate(axeSource);
  twins.set(page, frame);
  return frame;
}

/**
 * axe on what Storybook shows around the email (check summary, plain-text view), as the a11y
 * panel does. The a11y addon runs its own axe after each render in the same window; this waits
 * until that run is over instead of racing it.
 */
async function axeAround(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function'))) await page.evaluate(axeSource);
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Element, options: object) => Promise<{ violations: Violation[] }> } })
          .axe;
        const result = await axe.run(document.querySelector('#storybook-root')!, { iframes: false, resultTypes: ['violations'] });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
        }));
      });
    } catch (error) {
      if (attempt >= 50 || !String(error).includes('Axe is already running')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function summarize(v: Violation): string {
  const where = v.nodes
    .slice(0, 3)
    .map((n) => JSON.stringify(n.target))
    .join(', ');
  return `${v.id} (${v.impact}): ${v.help} at ${where}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`;
}

// --- screenshots --------------------------------------------------------------------------------

/**
 * The whole email, saved under out/storybook when named. The iframe is stretched to its content's height and the window to the
 * iframe: Chromium paints an out-of-process iframe (the sandboxed email is one) only inside the
 * window, so an element screenshot beyond it would come out blank below the fold.
 */
async function screenshot(page: Page, frame: Frame, name?: string): Promise<Buffer> {
  const element = await page.$('iframe[data-email-frame]');
  if (!element) throw new Error(`screenshot ${name}: no iframe`);
  const contentHeight = await frame.evaluate(() => document.documentElement.scrollHeight);
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  const previousHeight = await element.evaluate((iframe, h) => {
    const previous = (iframe as HTMLIFrameElement).style.height;
    (iframe as HTMLIFrameElement).style.height = `${h}px`;
    return previous;
  }, contentHeight);
  try {
    const box = await element.boundingBox();
    if (!box) throw new Error(`screenshot ${name}: the iframe is not laid out`);
    await page.setViewportSize({ width: viewport.width, height: Math.ceil(box.y + box.height) + 16 });
    // After the resize Chromium paints a tall frame's tiles over several frames; a shot taken too
    // early shows blank areas. Shoot until two shots in a row agree.
    let shot = await element.screenshot();
    for (let attempt = 0; attempt < 8; attempt++) {
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const next = await element.screenshot();
      if (next.equals(shot)) break;
      shot = next;
    }
    if (name) writeFileSync(join(shotsDir, `${name}.png`), shot);
    return shot;
  } finally {
    await page.setViewportSize(viewport);
    await element.evaluate((iframe, h) => {
      (iframe as HTMLIFrameElement).style.height = h;
    }, previousHeight);
  }
}

// --- build and serve ----------------------------------------------------------------------------

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`)),
    );
  });
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** A static file server for storybook-static on 127.0.0.1 and a free port. */
async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname));
    const file = join(dir, path.endsWith(sep) || path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
