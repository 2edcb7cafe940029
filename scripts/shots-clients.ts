/**
 * `npm run shots:clients [--only thunderbird,evolution,chromium] [--tag before] [--issues a,b]`
 *
 * Screenshots every example issue in real mail clients and writes
 * `docs/clients/<issue>-<client>-<mode>[-<tag>].png`:
 *
 * - Thunderbird (normal, simple HTML, dark) and Evolution, each under a virtual X display
 *   (`xvfb-run`), opening the issue as a message (.eml) with a throw-away profile;
 * - Debian's Chromium (playwright-core) at 320 and 600 px with images blocked, with `<style>`
 *   removed, and at 600 px with the sample images in `emails/static/` (webmail-like views).
 *
 * Needs the system packages: `apt-get install -y thunderbird evolution xvfb imagemagick chromium`.
 * Not part of `npm test`: it takes minutes and depends on the installed client versions.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import MailComposer from 'nodemailer/lib/mail-composer';
import { chromium } from 'playwright-core';
import { createElement, type ComponentType } from 'react';
import { renderEmail } from '../src';

const OUT = 'docs/clients';
const STATIC = 'emails/static';
/** Screen of the virtual display; the mail window is resized to fill it. */
const SCREEN = { width: 1024, height: 2400 };
/** Longest a client may take to start and lay out the message. */
const SETTLE_SECONDS = { thunderbird: 25, evolution: 30 };
const CROP_HEIGHT = 1800;

const { values } = parseArgs({
  options: {
    only: { type: 'string', default: 'thunderbird,evolution,chromium' },
    tag: { type: 'string' },
    issues: { type: 'string' },
    // Renders every issue with `density: 'compact'` as well (Chromium views only).
    compact: { type: 'boolean', default: false },
  },
});
const clients = new Set(values.only.split(','));
const suffix = values.tag ? `-${values.tag}` : '';
const here = resolve('.');

interface Rendered {
  name: string;
  subject: string;
  html: string;
  text: string;
}

async function renderIssues(): Promise<Rendered[]> {
  const wanted = values.issues?.split(',');
  const files = (await readdir('emails')).filter((f) => f.endsWith('.tsx')).sort();
  const out: Rendered[] = [];
  for (const file of files) {
    const name = basename(file, '.tsx');
    if (wanted && !wanted.includes(name)) continue;
    const mod = (await import(pathToFileURL(join(here, 'emails', file)).href)) as { default: ComponentType & { PreviewProps?: object } };
    const props: { issue?: object } = mod.default.PreviewProps ?? {};
    const variants: [string, object][] = [['', props]];
    if (values.compact && props.issue) variants.push(['-compact', { ...props, issue: { ...props.issue, density: 'compact' } }]);
    for (const [variant, variantProps] of variants) {
      const { html, text } = await renderEmail(createElement(mod.default, variantProps));
      const subject = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? name;
      out.push({ name: name + variant, subject, html, text });
    }
  }
  return out;
}

/** The issue as a sender's message: multipart/alternative with both parts. */
async function toEml(issue: Rendered): Promise<Buffer> {
  return new MailComposer({
    from: 'Newsletter <newsletter@example.org>',
    to: 'reader@example.org',
    subject: issue.subject,
    date: new Date('2021-02-08T09:00:00Z'),
    html: issue.html,
    text: issue.text,
    // Evolution reads an .eml as an mbox, where a body line starting with "From " starts the
    // next message; base64 bodies have no such lines.
    textEncoding: 'base64',
  })
    .compile()
    .build();
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutSeconds: number): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    const timer = setTimeout(() => {
      // The whole process group: xvfb-run, the display and the client.
      process.kill(-child.pid!, 'SIGKILL');
      fail(new Error(`${command} did not finish in ${timeoutSeconds} s\n${stderr}`));
    }, timeoutSeconds * 1000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) done();
      else fail(new Error(`${command} ${args.slice(0, 3).join(' ')} exited with ${code}\n${stderr}`));
    });
  });
}

/**
 * Starts `app` on a fresh virtual display, waits, resizes its windows to the screen and raises
 * the one titled `title` (the message), waits for the relayout, takes the screen and ends the app (by its process id, then hard).
 */
async function shootX(app: string, title: string, settle: number, png: string, env: NodeJS.ProcessEnv, wrap: string[] = []) {
  const resize = join(here, 'scripts/shots-clients.xresize.py');
  const shell = [
    `${app} >/dev/null 2>&1 & pid=$!`,
    `sleep ${settle}`,
    `/usr/bin/python3 ${resize} ${SCREEN.width} ${SCREEN.height} '${title.replace(/'/g, '')}'`,
    'sleep 4',
    `import -window root ${png}`,
    'kill $pid 2>/dev/null; sleep 2; kill -9 $pid 2>/dev/null; true',
  ].join('; ');
  await run('xvfb-run', ['-a', '-s', `-screen 0 ${SCREEN.width}x${SCREEN.height}x24`, ...wrap, 'bash', '-c', shell], env, settle + 60);
}

/** Crops the screen to the message's width and a readable height, and shrinks the file. */
async function crop(png: string, target: string, width: number) {
  await run('convert', [png, '-crop', `${width}x${CROP_HEIGHT}+0+0`, '+repage', '-colors', '256', `PNG8:${target}`], process.env, 60);
}

const THUNDERBIRD_BASE = [
  'user_pref("mail.shell.checkDefaultClient", false);',
  'user_pref("mail.provider.suppress_dialog_on_startup", true);',
  'user_pref("mailnews.start_page.enabled", false);',
  'user_pref("app.update.enabled", false);',
  'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
  'user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);',
  // Thunderbird's default: remote images stay blocked.
  'user_pref("mailnews.message_display.disable_remote_image", true);',
];

/** What View → Message Body As → … sets, and the dark theme with the message dark reader. */
const THUNDERBIRD_MODES: Record<string, string[]> = {
  normal: [],
  simple: [
    'user_pref("mailnews.display.prefer_plaintext", false);',
    'user_pref("mailnews.display.html_as", 3);',
    'user_pref("mailnews.display.disallow_mime_handlers", 1);',
  ],
  dark: [
    'user_pref("ui.systemUsesDarkTheme", 1);',
    'user_pref("layout.css.prefers-color-scheme.content-override", 0);',
    'user_pref("extensions.activeThemeID", "thunderbird-compact-dark@mozilla.org");',
    'user_pref("mail.dark-reader.enabled", true);',
  ],
};

async function thunderbird(issue: Rendered, eml: string, tmp: string) {
  for (const [mode, prefs] of Object.entries(THUNDERBIRD_MODES)) {
    const profile = join(tmp, `tb-${mode}`);
    await mkdir(profile, { recursive: true });
    await writeFile(join(profile, 'user.js'), [...THUNDERBIRD_BASE, ...prefs].join('\n') + '\n');
    const png = join(tmp, `tb-${mode}.png`);
    await shootX(`thunderbird -profile ${profile} ${eml}`, issue.subject, SETTLE_SECONDS.thunderbird, png, { ...process.env, HOME: tmp });
    await crop(png, join(OUT, `${issue.name}-thunderbird-${mode}${suffix}.png`), SCREEN.width);
    console.log(`  thunderbird ${mode}`);
  }
}

/**
 * Evolution opens an .eml passed on the command line in its import assistant, whose preview
 * is Evolution's own message display (remote images off, its default). Its settings and
 * data go to a throw-away home; it needs a session bus of its own.
 */
async function evolution(issue: Rendered, eml: string, tmp: string) {
  const home = join(tmp, 'evo');
  await mkdir(home, { recursive: true });
  const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data'), XDG_CACHE_HOME: join(home, 'cache') };
  const png = join(tmp, 'evo.png');
  await shootX(`evolution ${eml}`, '', SETTLE_SECONDS.evolution, png, env, ['dbus-run-session']);
  await crop(png, join(OUT, `${issue.name}-evolution-preview${suffix}.png`), SCREEN.width);
  console.log('  evolution preview');
}

const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

/** Webmail-like views in Chromium; prints each view's page height. */
async function chromiumViews(issues: Rendered[], tmp: string) {
  const samples = existsSync(STATIC) ? new Set(await readdir(STATIC)) : new Set<string>();
  const context = await chromium.launchPersistentContext(join(tmp, 'chromium'), {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const views = [
      { mode: '320-images-off', width: 320, images: false, styles: true },
      { mode: '600-images-off', width: 600, images: false, styles: true },
      { mode: '600-no-style', width: 600, images: false, styles: false },
      { mode: '600-images', width: 600, images: true, styles: true },
    ];
    for (const issue of issues) {
      for (const view of views) {
        const page = await context.newPage();
        await page.setViewportSize({ width: view.width, height: 900 });
        // Nothing leaves the machine: images come from emails/static by file name, or not at all.
        await page.route('**/*', async (route) => {
          const file = basename(new URL(route.request().url()).pathname);
          if (view.images && route.request().resourceType() === 'image' && samples.has(file)) {
            await route.fulfill({ body: await readFile(join(STATIC, file)), contentType: file.endsWith('.png') ? 'image/png' : 'image/jpeg' });
          } else await route.abort();
        });
        await page.setContent(view.styles ? issue.html : issue.html.replace(STYLE_ELEMENT, ''), { waitUntil: 'load' });
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const png = join(tmp, `chromium-${view.mode}.png`);
        await page.screenshot({ path: png, fullPage: true, clip: { x: 0, y: 0, width: view.width, height: Math.min(height, CROP_HEIGHT) } });
        await crop(png, join(OUT, `${issue.name}-chromium-${view.mode}${suffix}.png`), view.width);
        console.log(`  chromium ${view.mode}: ${height} px high`);
        await page.close();
      }
    }
  } finally {
    await context.close();
  }
}

async function main() {
  await mkdir(OUT, { recursive: true });
  const tmp = await mkdtemp(join(tmpdir(), 'shots-clients-'));
  try {
    const issues = await renderIssues();
    for (const issue of issues) {
      console.log(`${issue.name}: ${Buffer.byteLength(issue.html).toLocaleString('en')} bytes of HTML`);
      const dir = join(tmp, issue.name);
      await mkdir(dir);
      const eml = join(dir, `${issue.name}.eml`);
      await writeFile(eml, await toEml(issue));
      if (issue.name.endsWith('-compact')) continue;
      if (clients.has('thunderbird')) await thunderbird(issue, eml, dir);
      if (clients.has('evolution')) await evolution(issue, eml, dir);
    }
    if (clients.has('chromium')) await chromiumViews(issues, tmp);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
