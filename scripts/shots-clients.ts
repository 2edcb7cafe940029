/**
 * `npm run shots:clients [--only thunderbird,evolution,chromium,roundcube] [--tag before] [--issues a,b]`
 *
 * Screenshots every example issue in `emails/` (each `.tsx` there), regular and with
 * `density: 'compact'` (`<issue>-compact`), in real mail clients and writes
 * `docs/clients/<issue>-<client>-<mode>[-<tag>].png`:
 *
 * - Thunderbird (normal, simple HTML, dark: the whole message, down to the footer) and Evolution,
 *   each under a virtual X display (`xvfb-run`), opening the issue as a message (.eml, the
 *   library's `buildEml` with its List-Id and List-Unsubscribe headers) with a throw-away profile;
 *   and Thunderbird's List-ID menu (`thunderbird-list-menu`), opened by a click on the List-ID row;
 * - Debian's Chromium (playwright-core) at 320 and 600 px with images blocked, with `<style>`
 *   removed, and at 600 px with the sample images in `emails/static/` (webmail-like views), light
 *   and with the system in dark mode;
 * - Roundcube: the HTML washed by Roundcube's own code (`scripts/roundcube-wash.php`), shown at
 *   600 px in a copy of its message frame with its Elastic skin, light and dark, and at 320 px; the washed
 *   message is checked (dark-mode rules still match, links, logo text, image boxes) and the
 *   script fails when a check does.
 *
 * Needs the system packages: `apt-get install -y thunderbird evolution xvfb imagemagick chromium`,
 * and for Roundcube `apt-get install -y --no-install-recommends roundcube-core roundcube-sqlite3 php-cli`
 * (left out with a message when missing).
 * Not part of `npm test`: it takes minutes and depends on the installed client versions. It
 * polls for the message window instead of waiting a fixed time; the time each client took is
 * printed at the end.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import MailComposer from 'nodemailer/lib/mail-composer';
import { chromium } from 'playwright-core';
import { createElement, type ComponentType } from 'react';
import { renderEmail, type IssueData } from '../src';
import { buildEml } from '../src/send';
import { unsubscribeUrlOf } from '../src/issue/sending';

const OUT = 'docs/clients';
const STATIC = 'emails/static';
/**
 * Screen of the virtual display; the mail window is resized to fill it. Tall enough for the
 * longest example at 600 px (Branchenticker 05, about 11,700 px with Thunderbird's header pane),
 * so that a Thunderbird shot holds the whole message down to the footer.
 */
const SCREEN = { width: 1024, height: 14000 };
/** Longest a client may take to open its message window (polled each second). */
const WINDOW_SECONDS = 60;
/** After the window is there: time to lay out the message, and after the resize. */
const SETTLE_SECONDS = { thunderbird: 6, evolution: 20 };
const CROP_HEIGHT = 1800;

const { values } = parseArgs({
  options: {
    only: { type: 'string', default: 'thunderbird,evolution,chromium,roundcube' },
    tag: { type: 'string' },
    issues: { type: 'string' },
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
  /** The issue's data, when the example has one (for the Roundcube checks). */
  data?: IssueData;
}

async function renderIssues(): Promise<Rendered[]> {
  const wanted = values.issues?.split(',');
  const files = (await readdir('emails')).filter((f) => f.endsWith('.tsx')).sort();
  const out: Rendered[] = [];
  for (const file of files) {
    const name = basename(file, '.tsx');
    if (wanted && !wanted.some((w) => w === name || w === `${name}-compact`)) continue;
    const mod = (await import(pathToFileURL(join(here, 'emails', file)).href)) as {
      default: ComponentType<{ issue?: IssueData }> & { PreviewProps?: { issue?: IssueData } };
    };
    const props = mod.default.PreviewProps ?? {};
    const variants: [string, { issue?: IssueData }][] = [['', props]];
    if (props.issue) variants.push(['-compact', { ...props, issue: { ...props.issue, density: 'compact' } }]);
    for (const [variant, variantProps] of variants) {
      if (wanted && !wanted.includes(name + variant) && !wanted.includes(name)) continue;
      const { html, text } = await renderEmail(createElement(mod.default, variantProps));
      const subject = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? name;
      out.push({ name: name + variant, subject, html, text, data: variantProps.issue });
    }
  }
  return out;
}

/**
 * The issue as the library writes it for sending (`buildEml`, reproducible): the headers a
 * reader's client sees, List-Id and List-Unsubscribe among them. Falls back to `toEml` (and says
 * so) for an example without the data an .eml needs.
 */
async function sendersEml(issue: Rendered): Promise<Buffer> {
  if (issue.data) {
    try {
      return Buffer.from(await buildEml(issue.data, issue, { reproducible: true }));
    } catch (error) {
      console.log(`  ${issue.name}: buildEml refused it (${error instanceof Error ? error.message : error}); a plain message without list headers instead`);
    }
  }
  return toEml(issue);
}

/** The issue as a plain multipart/alternative message with both parts. */
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

/** Where Thunderbird's List-ID row shows its value (header pane, a one-line subject, at 1024 px). */
const LIST_ID_VALUE = { x: 200, y: 175 };

/**
 * Starts `app` on a fresh virtual display, polls until a window titled `title` (the message) is
 * there, resizes the windows to the screen and raises that one, waits `settle` s for the layout,
 * takes the screen and ends the app (by its process id, then hard). With `click`, it also clicks
 * there and takes the screen again as `<png>.click.png`.
 */
async function shootX(app: string, title: string, settle: number, png: string, env: NodeJS.ProcessEnv, wrap: string[] = [], click?: { x: number; y: number }) {
  const resize = `/usr/bin/python3 ${join(here, 'scripts/shots-clients.xresize.py')} ${SCREEN.width} ${SCREEN.height} '${title.replace(/'/g, '')}'`;
  const shell = [
    `${app} >/dev/null 2>&1 & pid=$!`,
    `for i in $(seq ${WINDOW_SECONDS}); do sleep 1; ${resize} && break; done`,
    `sleep ${settle}`,
    // Once more: a window that came after the first resize (Evolution's assistant) gets the screen too.
    `${resize}; sleep 2`,
    `import -window root ${png}`,
    ...(click ? [`/usr/bin/python3 ${join(here, 'scripts/shots-clients.xclick.py')} ${click.x} ${click.y}`, 'sleep 3', `import -window root ${png}.click.png`] : []),
    'kill $pid 2>/dev/null; sleep 2; kill -9 $pid 2>/dev/null; true',
  ].join('; ');
  await run('xvfb-run', ['-a', '-s', `-screen 0 ${SCREEN.width}x${SCREEN.height}x24`, ...wrap, 'bash', '-c', shell], env, WINDOW_SECONDS + settle + 60);
}

/** Shrinks a screenshot to 256 colours, without time stamps: an unchanged view gives an unchanged file. */
const PNG_OUT = ['-colors', '256', '-define', 'png:exclude-chunks=date,time'];

/** Crops the screen to the message's width and a readable height (`height`), and shrinks the file. */
async function crop(png: string, target: string, width: number, height = CROP_HEIGHT) {
  await run('convert', [png, '-crop', `${width}x${height}+0+0`, '+repage', ...PNG_OUT, `PNG8:${target}`], process.env, 60);
}

/** How far down the screen something other than the page's background colour is painted (the message's end). */
function paintedHeight(png: string): number {
  // Below the header pane, whose colours differ from the page's: -trim takes the corners' colour as the background.
  // And above the status bar at the window's foot.
  const top = 300;
  const bottom = 60;
  const result = spawnSync('convert', [png, '-crop', `${SCREEN.width}x${SCREEN.height - top - bottom}+0+${top}`, '+repage', '-trim', '-format', '%@', 'info:'], { encoding: 'utf8' });
  const box = /^(\d+)x(\d+)\+(\d+)\+(\d+)$/.exec(result.stdout.trim());
  if (result.status !== 0 || !box) throw new Error(`convert -trim could not measure ${png}: ${result.stderr || result.stdout}`);
  return top + Number(box[2]) + Number(box[4]);
}

/** Whether two screenshots differ inside a box (ImageMagick counts the differing pixels). */
function differsIn(a: string, b: string, box: { x: number; y: number; width: number; height: number }): boolean {
  const region = `${box.width}x${box.height}+${box.x}+${box.y}`;
  const result = spawnSync('compare', ['-metric', 'AE', `${a}[${region}]`, `${b}[${region}]`, 'null:'], { encoding: 'utf8' });
  return Number.parseFloat(result.stderr) > 100;
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

/**
 * Each mode, the whole message (cropped below its last painted pixel, with a margin). In normal
 * mode, for a message with a List-Id, also the menu a click on the List-ID row opens, which
 * holds Thunderbird's "Unsubscribe…" (its `aboutMessage.xhtml`, `listIdPopup`): fails when no
 * menu opens.
 */
async function thunderbird(issue: Rendered, eml: string, tmp: string, hasList: boolean) {
  let normalHeight = 0;
  for (const [mode, prefs] of Object.entries(THUNDERBIRD_MODES)) {
    const profile = join(tmp, `tb-${mode}`);
    await mkdir(profile, { recursive: true });
    await writeFile(join(profile, 'user.js'), [...THUNDERBIRD_BASE, ...prefs].join('\n') + '\n');
    const png = join(tmp, `tb-${mode}.png`);
    const menu = mode === 'normal' && hasList;
    await shootX(`thunderbird -profile ${profile} ${eml}`, issue.subject, SETTLE_SECONDS.thunderbird, png, { ...process.env, HOME: tmp }, [], menu ? LIST_ID_VALUE : undefined);
    // The dark reader flattens the footer band into the page's colour and its painted area ended
    // above the last footer line: the dark view, as long as the normal one, is cut where that is.
    const painted = Math.max(paintedHeight(png), mode === 'dark' ? normalHeight : 0);
    if (mode === 'normal') normalHeight = painted;
    const height = Math.min(SCREEN.height, painted + 24);
    if (height > SCREEN.height - 80) throw new Error(`${issue.name}: the message in Thunderbird ${mode} reaches the screen's end (${SCREEN.height} px); raise SCREEN.height`);
    await crop(png, join(OUT, `${issue.name}-thunderbird-${mode}${suffix}.png`), SCREEN.width, height);
    console.log(`  thunderbird ${mode}: ${height} px`);
    if (menu) {
      const popup = { x: LIST_ID_VALUE.x, y: LIST_ID_VALUE.y + 12, width: 180, height: 80 };
      if (!differsIn(png, `${png}.click.png`, popup)) throw new Error(`${issue.name}: no menu opened at the List-ID row in Thunderbird (clicked at ${LIST_ID_VALUE.x},${LIST_ID_VALUE.y})`);
      await crop(`${png}.click.png`, join(OUT, `${issue.name}-thunderbird-list-menu${suffix}.png`), SCREEN.width, 320);
      console.log('  thunderbird list menu');
    }
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
      { mode: '320-images-off', width: 320, images: false, styles: true, scheme: 'light' },
      { mode: '600-images-off', width: 600, images: false, styles: true, scheme: 'light' },
      { mode: '600-no-style', width: 600, images: false, styles: false, scheme: 'light' },
      { mode: '600-images', width: 600, images: true, styles: true, scheme: 'light' },
      // The system in dark mode: the issue's prefers-color-scheme rules (Apple Mail, Outlook for Mac).
      { mode: '320-dark-images-off', width: 320, images: false, styles: true, scheme: 'dark' },
      { mode: '600-dark-images', width: 600, images: true, styles: true, scheme: 'dark' },
    ] as const;
    for (const issue of issues) {
      for (const view of views) {
        const page = await context.newPage();
        await page.setViewportSize({ width: view.width, height: 900 });
        await page.emulateMedia({ colorScheme: view.scheme });
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

const ROUNDCUBE = process.env.ROUNDCUBE_PATH ?? '/usr/share/roundcube';
const ROUNDCUBE_APT = 'apt-get install -y --no-install-recommends roundcube-core roundcube-sqlite3 php-cli';
/** Where the message frame pretends to live: blocked.gif and the skin resolve against it. */
const ROUNDCUBE_ORIGIN = 'https://roundcube.invalid/';
/** The Roundcube views also picture the message's last pixels, where the footer is. */
const ROUNDCUBE_END_HEIGHT = 1200;

/** Why the Roundcube views cannot run here, or undefined when they can. */
function roundcubeMissing(): string | undefined {
  if (spawnSync('php', ['--version']).error) return 'php is not installed';
  if (!existsSync(join(ROUNDCUBE, 'program/lib/Roundcube/rcube_washtml.php'))) return `Roundcube is not installed in ${ROUNDCUBE}`;
  return undefined;
}

interface Washed {
  version: string;
  /** The message part's container (`div#message-htmlpart1.message-htmlpart`) as Roundcube writes it. */
  html: string;
  remoteObjectsBlocked: boolean;
}

function washInRoundcube(html: string): Washed {
  const result = spawnSync('php', [join(here, 'scripts/roundcube-wash.php')], {
    input: html,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ROUNDCUBE_PATH: ROUNDCUBE },
  });
  if (result.status !== 0) throw new Error(`scripts/roundcube-wash.php exited with ${result.status}\n${result.stderr}`);
  return JSON.parse(result.stdout) as Washed;
}

/**
 * A shortened copy of Roundcube's message frame (the Elastic skin's `message.html` when framed,
 * with the skin's own style sheets) around the washed part: subject and sender lines, the
 * "remote resources blocked" notice as the skin styles it, and the skin's dark-mode switch from
 * `includes/layout.html` (dark when the system is).
 */
function roundcubeFrame(issue: Rendered, washed: Washed): string {
  const skin = 'skins/elastic';
  const notice = washed.remoteObjectsBlocked
    ? '<div id="remote-objects-message" class="ui alert alert-warning boxwarning"><i class="icon"></i>' +
      '<span>To protect your privacy remote resources have been blocked.</span>&nbsp;' +
      '<span class="boxbuttons"><a href="#loadremote" class="btn btn-primary btn-sm">Allow</a></span></div>'
    : '';
  const subject = issue.subject.replace(/</g, '&lt;');
  return `<!DOCTYPE html>
<html class="iframe"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, shrink-to-fit=no, maximum-scale=1.0">
<link rel="stylesheet" href="${skin}/deps/bootstrap.min.css">
<link rel="stylesheet" href="${skin}/styles/styles.min.css">
<script>
try {
  if (document.cookie.indexOf('colorMode=dark') > -1
    || (document.cookie.indexOf('colorMode=light') === -1 && window.matchMedia('(prefers-color-scheme: dark)').matches)
  ) {
    document.documentElement.className += ' dark-mode';
  }
} catch (e) { }
</script>
<title>Roundcube Webmail :: ${subject}</title></head>
<body class="task-mail action-preview">
<div id="layout-content" class="selected">
<div class="content frame-content" role="main">
<div id="message-header"><h2 class="subject"><span class="voice">Subject: </span>${subject}</h2>
<div class="header"><div class="header-content"><div class="header-summary">
<span class="adr"><a href="mailto:newsletter@example.org" class="rcmContactAddress">Newsletter</a></span> on 2021-02-08 10:00</div></div></div></div>
<div id="message-content"><div class="rightcol" role="region">
<div id="message-objects">${notice}</div>
<div id="messagebody">${washed.html}</div>
</div></div></div></div></body></html>`;
}

/**
 * Runs in the page: what the Roundcube checks look at, read from the frame as shown (computed
 * styles, boxes, links) and from the original HTML (alt texts and links before washing).
 */
function readFrame([original, dark, browserUrl, unsubscribeUrl]: [string, boolean, string | null, string | null]) {
  const body = document.querySelector('#messagebody')!;
  const probe = document.createElement('div');
  document.body.append(probe);
  const normal = (property: string, value: string) => {
    probe.style.setProperty(property, value);
    const computed = getComputedStyle(probe).getPropertyValue(property);
    probe.style.removeProperty(property);
    return computed;
  };
  const darkRules: { selector: string; property: string; value: string; matched: number; wrong: number }[] = [];
  for (const sheet of [...document.styleSheets].filter((s) => s.ownerNode && body.contains(s.ownerNode))) {
    for (const rule of [...sheet.cssRules]) {
      if (!(rule instanceof CSSMediaRule) || !/prefers-color-scheme:\s*dark/.test(rule.conditionText)) continue;
      for (const inner of [...rule.cssRules]) {
        if (!(inner instanceof CSSStyleRule)) continue;
        const property = inner.style[0]!;
        const value = inner.style.getPropertyValue(property);
        const matches = [...document.querySelectorAll(inner.selectorText)] as HTMLElement[];
        const read = property === 'border-color' ? 'border-top-color' : property;
        // Dark view: the rule's colour on every element it selects. Light view: the inline (light) colour.
        const wrong = matches.filter((el) => {
          const want = dark ? value : el.style.getPropertyValue(read);
          return want !== '' && getComputedStyle(el).getPropertyValue(read) !== normal(read, want);
        }).length;
        darkRules.push({ selector: inner.selectorText, property, value, matched: matches.length, wrong });
      }
    }
  }
  probe.remove();
  const parsed = new DOMParser().parseFromString(original, 'text/html');
  const visible = (el: Element | null) => {
    if (!el) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const link = (href: string | null) => (href === null ? null : visible([...body.querySelectorAll('a')].find((a) => a.getAttribute('href') === href) ?? null));
  // Elements painted inline but without a colour role keep their light colours in dark mode.
  // Roundcube's stand-in for <body> has none: the dark rule for `body`, which Roundcube rewrites
  // to select the stand-in, paints it (checked with the other dark rules).
  const unroled = [...body.querySelectorAll<HTMLElement>('[style]')]
    .filter((el) => !el.matches('div.rcmBody') && ![...el.classList].some((name) => /^v\d+(fg|bg|bd)-/.test(name)))
    .filter((el) =>
      ['color', 'background-color', 'border-top-color', 'border-bottom-color'].some((property) => !['', 'initial', 'currentcolor'].includes(el.style.getPropertyValue(property))),
    )
    .map((el) => el.outerHTML.slice(0, 120));
  return {
    scoped: document.querySelector('#message-htmlpart1 div.rcmBody') !== null,
    unroled,
    darkRules,
    images: [...body.querySelectorAll('img')].map((img) => ({
      alt: img.getAttribute('alt'),
      src: img.src,
      width: Number(img.getAttribute('width')),
      height: Number(img.getAttribute('height')),
      shownWidth: img.getBoundingClientRect().width,
      shownHeight: img.getBoundingClientRect().height,
      placeholderRatio: img.naturalHeight / img.naturalWidth,
    })),
    originalAlts: [...parsed.querySelectorAll('body img')].map((img) => img.getAttribute('alt') ?? ''),
    hrefs: [...body.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
    originalHrefs: [...parsed.querySelectorAll('body a[href]')].map((a) => a.getAttribute('href')!),
    browserLink: link(browserUrl),
    unsubscribeLink: link(unsubscribeUrl),
    // The logo's halo and the name beside it share one wrapper.
    logoRow: (() => {
      const wrapper = body.querySelector('img')?.parentElement?.parentElement;
      return wrapper ? (wrapper as HTMLElement).innerText : null;
    })(),
  };
}

/**
 * What a reader of the Roundcube view would notice: `problems` fail the script; `limits` are
 * the documented client limit (docs/clients/README.md) and are printed.
 */
function roundcubeFindings(issue: Rendered, washed: Washed, mode: string, facts: ReturnType<typeof readFrame>) {
  const problems: string[] = [];
  const limits: string[] = [];
  const at = `${issue.name} roundcube ${mode}`;
  if (!facts.scoped) problems.push(`${at}: no div.rcmBody inside #message-htmlpart1, so none of the message's <style> rules (all scoped to it by Roundcube) can match`);
  if (facts.darkRules.length === 0) problems.push(`${at}: no prefers-color-scheme: dark rule survived the washing`);
  for (const rule of facts.darkRules) {
    if (rule.matched === 0) problems.push(`${at}: dark-mode rule ${rule.selector} matches no element`);
    else if (rule.wrong > 0) problems.push(`${at}: ${rule.wrong} of the ${rule.matched} elements of ${rule.selector} do not show ${mode === 'dark' ? `its ${rule.property}: ${rule.value}` : `their inline light ${rule.property}`}`);
  }
  for (const element of facts.unroled) problems.push(`${at}: painted without a colour role, stays light in dark mode: ${element}`);
  if (!washed.remoteObjectsBlocked) problems.push(`${at}: Roundcube did not report blocked remote images`);
  const alts = facts.images.map((img) => img.alt ?? '');
  if (JSON.stringify(alts) !== JSON.stringify(facts.originalAlts)) problems.push(`${at}: alt texts changed: ${JSON.stringify(facts.originalAlts)} → ${JSON.stringify(alts)}`);
  for (const img of facts.images) {
    if (!img.src.endsWith('program/resources/blocked.gif')) problems.push(`${at}: an image was not blocked: ${img.src}`);
    // The box keeps the image's proportions at the width it is shown at.
    const expected = (img.height * img.shownWidth) / img.width;
    if (Math.abs(img.shownHeight - expected) <= 2) continue;
    const finding = `${at}: blocked ${img.width}×${img.height} image "${img.alt ?? ''}" shows ${Math.round(img.shownWidth)}×${Math.round(img.shownHeight)}, not ${Math.round(expected)} high`;
    // Limit: an image box of auto height takes the shape of Roundcube's placeholder GIF where
    // max-height does not cap it, i.e. where the image is higher than the GIF's 2:1.
    const placeholderShape = Math.abs(img.shownHeight - img.shownWidth * img.placeholderRatio) <= 2 && img.shownHeight < expected;
    (placeholderShape ? limits : problems).push(finding);
  }
  const kept = new Set(facts.hrefs);
  for (const href of facts.originalHrefs) if (!kept.has(href)) problems.push(`${at}: link ${href} lost`);
  if (facts.browserLink === false) problems.push(`${at}: the view-in-browser link is not visible`);
  if (facts.unsubscribeLink === false) problems.push(`${at}: the unsubscribe link is not visible`);
  const logo = issue.data?.masthead.logo;
  if (logo && !facts.logoRow?.includes(logo.alt)) problems.push(`${at}: the organisation's name "${logo.alt}" is not beside the logo (row: ${JSON.stringify(facts.logoRow)})`);
  return { problems, limits };
}

/** Each issue washed by Roundcube, in its message frame at 600 px, light and dark. Returns the problems found. */
async function roundcubeViews(issues: Rendered[], tmp: string): Promise<string[]> {
  const problems: string[] = [];
  const context = await chromium.launchPersistentContext(join(tmp, 'chromium-roundcube'), {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const issue of issues) {
      const washed = washInRoundcube(issue.html);
      await writeFile(join(tmp, `${issue.name}-roundcube.html`), washed.html);
      // The file names of the 600 px views stay as they were; the phone-sized view adds its width.
      const views = [
        { mode: 'light', width: 600, name: 'light' },
        { mode: 'dark', width: 600, name: 'dark' },
        { mode: 'light', width: 320, name: 'light-320' },
      ] as const;
      for (const { mode, width, name } of views) {
        const page = await context.newPage();
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: mode });
        // tsx keeps function names with an `__name` helper that readFrame's copy in the page lacks.
        await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
        // The frame and the skin's files come from the installed Roundcube; nothing else loads.
        await page.route('**/*', async (route) => {
          const url = new URL(route.request().url());
          if (url.origin + '/' !== ROUNDCUBE_ORIGIN) return route.abort();
          if (url.pathname === '/') return route.fulfill({ body: roundcubeFrame(issue, washed), contentType: 'text/html; charset=utf-8' });
          const file = join(ROUNDCUBE, decodeURIComponent(url.pathname));
          if (!file.startsWith(ROUNDCUBE + '/') || !existsSync(file)) return route.abort();
          return route.fulfill({ path: file });
        });
        await page.goto(ROUNDCUBE_ORIGIN, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        const facts = await page.evaluate(readFrame, [issue.html, mode === 'dark', issue.data?.browserUrl ?? null, issue.data ? unsubscribeUrlOf(issue.data) : null] as [string, boolean, string | null, string | null]);
        const findings = roundcubeFindings(issue, washed, name, facts);
        problems.push(...findings.problems);
        for (const limit of findings.limits) console.log(`  client limit, ${limit}`);
        // The skin makes the frame's content scroll inside a 100 % high layout: grow the window to it.
        const height = await page.evaluate(() => {
          const content = document.querySelector('.frame-content')!;
          return content.getBoundingClientRect().top + content.scrollHeight;
        });
        const full = Math.ceil(height);
        await page.setViewportSize({ width, height: full });
        // The top, as the other views, and the end: the footer with its unsubscribe link.
        const png = join(tmp, `roundcube-${name}.png`);
        await page.screenshot({ path: png, clip: { x: 0, y: 0, width, height: Math.min(full, CROP_HEIGHT) } });
        await crop(png, join(OUT, `${issue.name}-roundcube-${name}${suffix}.png`), width);
        const end = Math.min(full, ROUNDCUBE_END_HEIGHT);
        await page.screenshot({ path: png, clip: { x: 0, y: full - end, width, height: end } });
        await run('convert', [png, ...PNG_OUT, `PNG8:${join(OUT, `${issue.name}-roundcube-${name}-end${suffix}.png`)}`], process.env, 60);
        console.log(`  roundcube ${washed.version} ${name}: ${Math.round(height)} px high, ${facts.darkRules.length} dark-mode rules, ${facts.images.length} images blocked`);
        await page.close();
      }
    }
  } finally {
    await context.close();
  }
  return problems;
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
      const message = await sendersEml(issue);
      await writeFile(eml, message);
      // Evolution reads the file as an mbox: the base64 message, whose body has no "From " lines.
      const plain = join(dir, `${issue.name}-plain.eml`);
      await writeFile(plain, await toEml(issue));
      const hasList = /^List-Id: /im.test(message.subarray(0, message.indexOf('\r\n\r\n')).toString('latin1'));
      if (clients.has('thunderbird')) await timed('thunderbird', () => thunderbird(issue, eml, dir, hasList && !issue.name.endsWith('-compact')));
      if (clients.has('evolution') && !issue.name.endsWith('-compact')) await timed('evolution', () => evolution(issue, plain, dir));
    }
    if (clients.has('chromium')) await timed('chromium', () => chromiumViews(issues, tmp));
    if (clients.has('roundcube')) {
      const missing = roundcubeMissing();
      if (missing) console.log(`roundcube: left out, ${missing}. Install it with: ${ROUNDCUBE_APT}`);
      else {
        const problems = await timed('roundcube', () => roundcubeViews(issues, tmp));
        if (problems.length > 0) throw new Error(`Roundcube checks failed:\n${problems.join('\n')}`);
        console.log('roundcube: all checks passed');
      }
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  for (const [client, ms] of spent) console.log(`${client}: ${Math.round(ms / 1000)} s`);
  console.log(`all: ${Math.round((Date.now() - started) / 1000)} s`);
}

const started = Date.now();
const spent = new Map<string, number>();
async function timed<T>(client: string, work: () => Promise<T>): Promise<T> {
  const start = Date.now();
  try {
    return await work();
  } finally {
    spent.set(client, (spent.get(client) ?? 0) + Date.now() - start);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
