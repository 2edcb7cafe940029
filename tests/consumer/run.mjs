/**
 * The package as an app meets it: `npm pack`, then the tarball installed with its peers into
 * empty folders and used from there — the README's Quick start verbatim, ESM and CommonJS,
 * `tsc` with `skipLibCheck: false` (node16 and bundler resolution), single-file esbuild bundles
 * for a serverless function and for a worker that run, React 18 and 19 — with the budgets:
 *   - consumer install without peers ≤ 10 MB,
 *   - core bundle for a worker (react, react-dom, @react-email/render external) ≤ 600 KB minified,
 *   - the core entry's module graph has neither caniemail nor cheerio.
 * Needs the npm registry. Run after `npm run build`: `node tests/consumer/run.mjs`.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const app = join(root, 'tests/consumer/app');
const work = mkdtempSync(join(tmpdir(), 'nk-consumer-'));
const npmFlags = ['--no-audit', '--no-fund', '--loglevel=error'];
const MB = 1024 * 1024;
let failures = 0;
let passes = 0;

function run(cmd, args, cwd, env = {}) {
  return execFileSync(cmd, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
async function check(name, fn) {
  const started = Date.now();
  try {
    const detail = await fn();
    passes++;
    console.log(`ok    ${name}${detail ? ` — ${detail}` : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failures++;
    const e = /** @type {any} */ (error);
    console.log(`FAIL  ${name}\n${String(e.stderr || '') + String(e.stdout || '') || e.stack || e.message}`.trimEnd());
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
function duBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += duBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}
function project(name, packages) {
  const dir = join(work, name);
  mkdirSync(dir);
  run('npm', ['init', '-y'], dir);
  run('npm', ['pkg', 'set', 'type=module'], dir);
  if (packages.length) run('npm', ['install', ...npmFlags, ...packages], dir);
  for (const f of readdirSync(app)) cpSync(join(app, f), join(dir, f));
  writeFileSync(join(dir, 'issue.json'), issueJson);
  return dir;
}
/** The fenced blocks of the README's Quick start: ```lang file=NAME and the npm install line. */
function quickStart() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('\n## ', readme.indexOf('## Quick start') + 5));
  const files = [...section.matchAll(/```\w+ file=(\S+)\n([\s\S]*?)```/g)].map((m) => ({ name: m[1], body: m[2] }));
  const install = [...section.matchAll(/^npm install (?!--save-dev)(.+)$/gm)].map((m) => m[1].trim().split(/\s+/))[0];
  assert(files.length >= 2 && install, 'README Quick start: expected `npm install …` and ```lang file=NAME blocks');
  return { files, install };
}

/** The fenced `file=NAME` blocks of one README section (`### title`), up to the next heading. */
function readmeFiles(title) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n### ${title}\n`);
  assert(start >= 0, `README has no section "### ${title}"`);
  const end = readme.slice(start + 5).search(/\n##+ /);
  const section = readme.slice(start, end < 0 ? undefined : start + 5 + end);
  const files = [...section.matchAll(/```\w+ file=(\S+)\n([\s\S]*?)```/g)].map((m) => ({ name: m[1], body: m[2] }));
  const commands = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1].split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter(Boolean));
  assert(files.length + commands.length > 0, `README "### ${title}": no \`\`\`lang file=NAME or \`\`\`sh blocks`);
  return { files, commands, section };
}
function writeFiles(dir, files) {
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.name)), { recursive: true });
    writeFileSync(join(dir, f.name), f.body);
  }
}
function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolvePort(port));
    });
  });
}
/** Starts a long-running command in its own process group; `stop()` ends the group. */
function start(cmd, args, cwd, env = {}) {
  const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return {
    output: () => output,
    stop: () => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
    },
    /** Resolves when the output matches, or rejects with the output after `ms`. */
    waitFor: (pattern, ms = 60_000) =>
      new Promise((resolveWait, reject) => {
        const until = Date.now() + ms;
        const poll = () => {
          const m = pattern.exec(output);
          if (m) return resolveWait(m);
          if (child.exitCode !== null || Date.now() > until) return reject(new Error(`waiting for ${pattern}:\n${output}`));
          setTimeout(poll, 100);
        };
        poll();
      }),
  };
}
async function fetchText(url, init) {
  const response = await fetch(url, init);
  return { status: response.status, text: await response.text(), headers: response.headers };
}
/** Chromium through the repository's playwright-core: nothing is downloaded. */
async function browser() {
  const { chromium } = createRequire(join(root, 'package.json'))('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'nk-consumer-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}
/** Serves a folder on 127.0.0.1 (a static Storybook). */
async function serveStatic(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
  const server = createServer((request, response) => {
    const path = join(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (!path.startsWith(dir) || !existsSync(path) || statSync(path).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream' });
    response.end(readFileSync(path));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r(undefined))) };
}

const tarball = join(work, run('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], root).trim().split('\n').pop());
const issueJson = run('npx', ['tsx', '-e', "import { branchenticker05 } from './emails/fixtures/branchenticker-05.ts'; console.log(JSON.stringify(branchenticker05))"], root);
console.log(`consumer: ${tarball} (${(statSync(tarball).size / 1024).toFixed(0)} KB packed)`);

await check('install without peers ≤ 10 MB', () => {
  const dir = project('bare', []);
  run('npm', ['install', ...npmFlags, '--legacy-peer-deps', tarball], dir);
  const bytes = duBytes(join(dir, 'node_modules'));
  const packages = readdirSync(join(dir, 'node_modules')).filter((n) => !n.startsWith('.'));
  assert(bytes <= 10 * MB, `node_modules is ${(bytes / MB).toFixed(2)} MB`);
  return `${(bytes / MB).toFixed(2)} MB, packages: ${packages.join(', ')}`;
});

const { files, install } = quickStart();
const react19 = project('react19', []);
await check('README Quick start, verbatim (React 19)', () => {
  run('npm', ['install', ...npmFlags, ...install.map((p) => (p === 'newsletter-kit' ? tarball : p))], react19);
  run('npm', ['install', ...npmFlags, '--save-dev', 'tsx', 'typescript@~5.9', '@types/react@19', '@types/node@20', 'esbuild@0.28'], react19);
  for (const f of files) writeFileSync(join(react19, f.name), f.body);
  const out = run('npx', ['tsx', 'render.tsx'], react19);
  assert(out.includes('Mehr: https://www.vitako.de/aktuelles/itdz'), `no "Mehr: …" line in:\n${out}`);
  assert(/issue\.html: \d+ bytes/.test(out), 'no byte count printed');
  assert(statSync(join(react19, 'issue.html')).size > 5000, 'issue.html not written');
  return out.trim().split('\n').pop();
});
await check('ESM import, whole seed issue (React 19)', () => run('node', ['esm.mjs'], react19).trim());
await check('CommonJS require of both entries (React 19)', () => {
  const out = JSON.parse(run('node', ['require.cjs'], react19));
  assert(out.errors === 0, `${out.errors} check errors`);
  return JSON.stringify(out);
});
for (const resolution of ['node16', 'bundler']) {
  await check(`tsc --noEmit, skipLibCheck false, moduleResolution ${resolution}`, () => {
    const compilerOptions = {
      strict: true, skipLibCheck: false, noEmit: true, jsx: 'react-jsx', resolveJsonModule: true, target: 'es2022', types: ['node'],
      ...(resolution === 'node16' ? { module: 'node16', moduleResolution: 'node16' } : { module: 'esnext', moduleResolution: 'bundler' }),
    };
    writeFileSync(join(react19, `tsconfig.${resolution}.json`), JSON.stringify({ compilerOptions, files: ['types.tsx'] }));
    run('npx', ['tsc', '-p', `tsconfig.${resolution}.json`], react19);
  });
}
await check('serverless: one-file esbuild bundle for Node runs from an empty folder', () => {
  run('npx', ['esbuild', 'server.tsx', '--bundle', '--platform=node', '--format=esm', '--jsx=automatic', '--outfile=dist/server.mjs',
    '--define:process.env.NODE_ENV="production"', "--banner:js=import { createRequire as nkCreateRequire } from 'node:module'; const require = nkCreateRequire(import.meta.url);"], react19);
  const lonely = join(work, 'lonely');
  mkdirSync(lonely);
  cpSync(join(react19, 'dist/server.mjs'), join(lonely, 'server.mjs'));
  const out = JSON.parse(run('node', ['server.mjs'], lonely));
  assert(out.errors === 0 && out.textHasFooter, JSON.stringify(out));
  return `${(statSync(join(lonely, 'server.mjs')).size / 1024).toFixed(0)} KB, ${JSON.stringify(out)}`;
});
const workerFlags = ['--bundle', '--platform=neutral', '--conditions=workerd,worker,browser', '--main-fields=module,main', '--format=esm',
  '--jsx=automatic', '--minify', '--define:process.env.NODE_ENV="production"'];
await check('worker: one-file bundle runs in workerd (Cloudflare\'s runtime)', () => {
  run('npx', ['esbuild', 'worker.tsx', ...workerFlags, '--outfile=dist/worker.js'], react19);
  run('npm', ['install', ...npmFlags, '--save-dev', 'workerd'], react19);
  const result = spawnSync('npx', ['workerd', 'test', 'config.capnp'], { cwd: react19, encoding: 'utf8' });
  const out = `${result.stdout}${result.stderr}`;
  assert(result.status === 0 && /\[ PASS \] main/.test(out), out);
  return `${(statSync(join(react19, 'dist/worker.js')).size / 1024).toFixed(0)} KB with React; ${/workerd rendered .*/.exec(out)?.[0]}`;
});
await check('budget: core worker bundle ≤ 600 KB minified, no caniemail or cheerio in its module graph', () => {
  run('npx', ['esbuild', 'worker.tsx', ...workerFlags, '--external:react', '--external:react-dom', '--external:@react-email/render',
    '--external:react/*', '--external:react-dom/*', '--outfile=dist/core.js', '--metafile=dist/core.meta.json'], react19);
  const bytes = statSync(join(react19, 'dist/core.js')).size;
  const inputs = Object.keys(JSON.parse(readFileSync(join(react19, 'dist/core.meta.json'), 'utf8')).inputs);
  const forbidden = inputs.filter((i) => /node_modules\/(caniemail|cheerio)\//.test(i));
  const text = readFileSync(join(react19, 'node_modules/newsletter-kit/dist/index.js'), 'utf8');
  assert(forbidden.length === 0, `module graph has ${forbidden.join(', ')}`);
  assert(!/caniemail|cheerio/.test(text), 'dist/index.js mentions caniemail or cheerio');
  assert(bytes <= 600 * 1024, `core bundle is ${(bytes / 1024).toFixed(0)} KB`);
  return `${(bytes / 1024).toFixed(0)} KB, ${inputs.length} modules`;
});

await check('CLI from node_modules/.bin: render the YAML issue to html, txt, eml, ics and web; the .eml parses back', () => {
  mkdirSync(join(react19, 'emails'), { recursive: true });
  cpSync(join(root, 'emails/branchenticker-05.yaml'), join(react19, 'emails/branchenticker-05.yaml'));
  run('npm', ['install', ...npmFlags, '--save-dev', 'mailparser'], react19);
  const out = run('npx', ['newsletter-kit', 'render', 'emails/branchenticker-05.yaml', '--out', 'out', '--format', 'html,txt,eml,ics,web'], react19);
  for (const f of ['branchenticker-05.html', 'branchenticker-05.txt', 'branchenticker-05.eml', 'branchenticker-05.ics', 'web/branchenticker-05.html', 'web/index.html']) {
    assert(statSync(join(react19, 'out', f)).size > 0, `out/${f} is empty`);
  }
  const eml = run('node', ['--input-type=module', '-e', `
    import { simpleParser } from 'mailparser';
    import { readFileSync } from 'node:fs';
    const source = readFileSync('out/branchenticker-05.eml', 'utf8');
    const head = source.slice(0, source.indexOf('\\r\\n\\r\\n'));
    const mail = await simpleParser(source);
    const list = mail.headers.get('list');
    console.log(JSON.stringify({
      type: mail.headers.get('content-type').value,
      text: Boolean(mail.text), html: Boolean(mail.html),
      https: list?.unsubscribe?.url ?? null, mailto: list?.unsubscribe?.mail ?? null,
      listUnsubscribeHeaders: (head.match(/^List-Unsubscribe:/gim) ?? []).length,
      oneClick: /^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m.test(head),
    }));`], react19);
  const m = JSON.parse(eml);
  assert(m.type === 'multipart/alternative' && m.text && m.html, `parts: ${eml}`);
  assert(m.https?.startsWith('https://') && m.mailto && m.listUnsubscribeHeaders === 1 && m.oneClick, `headers: ${eml}`);
  return `${out.trim().split('\n')[0]}; ${eml.trim()}`;
});

await check("CLI with a project's own block: newsletter-kit.config.ts found in the working directory, YAML into html, txt and eml", () => {
  // The fixture project as an app has it: its block and config import 'newsletter-kit' (the installed
  // package), while the CLI runs its own bundled copy; the two share the React context.
  const app = join(react19, 'jobs');
  mkdirSync(join(app, 'blocks'), { recursive: true });
  const fixture = join(root, 'tests/fixtures/app-project');
  for (const f of ['newsletter-kit.config.ts', 'jobs.yaml', 'blocks/JobListing.tsx']) cpSync(join(fixture, f), join(app, f));
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { jsx: 'react-jsx', module: 'esnext', moduleResolution: 'bundler', target: 'es2022', strict: true } }));
  const out = run('npx', ['newsletter-kit', 'render', 'jobs.yaml', '--out', 'out', '--format', 'html,txt,eml'], app);
  const text = readFileSync(join(app, 'out/jobs.txt'), 'utf8');
  const html = readFileSync(join(app, 'out/jobs.html'), 'utf8');
  assert(text.includes('IT-Sicherheitsbeauftragte (m/w/d)\nITDZ Berlin, Berlin\nZur Stellenanzeige: https://www.example.org/stellen/it-sicherheit'), `the block's text hint is missing:\n${text}`);
  assert(html.includes('class="bg-placeholder bd-border"') && html.includes('.bg-placeholder{background-color:'), 'the block is not painted by role, or its dark-mode rule is missing');
  assert(statSync(join(app, 'out/jobs.eml')).size > html.length, 'jobs.eml not written');
  return out.trim().split('\n')[0];
});

await check("An app's own block in issue data parsed with 'newsletter-kit' and written as .eml by 'newsletter-kit/send' (two copies of the core, one parsed issue)", () => {
  const app = join(react19, 'jobs');
  // The block in plain JavaScript, so that Node runs it without a TypeScript loader.
  writeFileSync(join(app, 'eml-app-block.mjs'), `
import { createElement as h } from 'react';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Block, defineBlock, fields, parseIssue, renderEmail, Issue } from 'newsletter-kit';
import { buildEml } from 'newsletter-kit/send';
const JobListing = defineBlock({
  name: 'JobListing', type: 'jobListing',
  schema: fields.record({ title: fields.text, employer: fields.text, place: fields.text, href: fields.href, closes: fields.date.optional() }, 'a job'),
  render: ({ title, employer, place }) => h(Block, null, h('p', null, title + ' – ' + employer + ', ' + place)),
  text: ({ title }) => [title],
});
const issue = parseIssue(parse(readFileSync('jobs.yaml', 'utf8')), { blocks: [JobListing] });
const parts = await renderEmail(h(Issue, { data: issue }));
const eml = await buildEml(issue, parts, { reproducible: true });
console.log(JSON.stringify({ eml: eml.length, listId: /^List-Id: .*stellenticker.example.org/im.test(eml), inHtml: parts.html.includes('IT-Sicherheitsbeauftragte (m/w/d) – ITDZ Berlin, Berlin') }));
`);
  const out = JSON.parse(run('node', ['eml-app-block.mjs'], app));
  assert(out.listId && out.inHtml && out.eml > 10000, `the app's block is missing: ${JSON.stringify(out)}`);
  return JSON.stringify(out);
});

const react18 = project('react18', []);
await check('React 18: ESM and CommonJS render the seed issue', () => {
  run('npm', ['install', ...npmFlags, tarball, 'react@18', 'react-dom@18', '@react-email/render@2', 'zod@4'], react18);
  const version = JSON.parse(readFileSync(join(react18, 'node_modules/react/package.json'), 'utf8')).version;
  assert(version.startsWith('18.'), `react ${version}`);
  const esm = JSON.parse(run('node', ['esm.mjs'], react18));
  const cjs = JSON.parse(run('node', ['require.cjs'], react18));
  assert(esm.bytes > 20000 && cjs.errors === 0, JSON.stringify({ esm, cjs }));
  return `react ${version}, ${JSON.stringify(esm)}`;
});


// Where app teams work: Next.js, their own Storybook, snapshot tests in CI, the live preview and
// the editor's hover. Each takes its files from the README section that shows them.
const nextApp = join(work, 'next15');
await check('Next.js 15 (README "In Next.js"): next build and next start; the route handler, the Server Component page and the server action render', async () => {
  const { files, commands } = readmeFiles('In Next.js');
  mkdirSync(nextApp);
  run('npm', ['init', '-y'], nextApp);
  // As create-next-app leaves it: no "type" (npm 11's `init -y` writes "commonjs", which Turbopack refuses for ESM app files).
  run('npm', ['pkg', 'delete', 'type'], nextApp);
  const started = Date.now();
  run('npm', ['install', ...npmFlags, tarball, 'react@19', 'react-dom@19', '@react-email/render@2', 'zod@4', 'next@15', 'yaml@2'], nextApp);
  run('npm', ['install', ...npmFlags, '--save-dev', 'typescript@~5.9', '@types/react@19', '@types/node@20'], nextApp);
  const installed = Date.now();
  assert(commands[0] === 'npx newsletter-kit init' && commands[1] === 'npm install yaml', `README commands: ${commands.join(' / ')}`);
  run('npx', ['newsletter-kit', 'init'], nextApp);
  cpSync(join(app, '..', 'next'), nextApp, { recursive: true });
  writeFiles(nextApp, files);
  const env = { NEXT_TELEMETRY_DISABLED: '1' };
  const build = run('npx', ['next', 'build'], nextApp, env);
  const built = Date.now();
  assert(/ƒ \/api\/issue/.test(build) && /\/preview/.test(build), `routes not built:\n${build}`);
  const port = await freePort();
  const server = start('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], nextApp, env);
  try {
    await server.waitFor(/Ready in/);
    const base = `http://127.0.0.1:${port}`;
    run('npx', ['newsletter-kit', 'render', 'issue.yaml', '--out', 'cli'], nextApp);
    const route = await fetchText(`${base}/api/issue`);
    assert(route.status === 200, `GET /api/issue: ${route.status}\n${route.text.slice(0, 2000)}\n${server.output()}`);
    assert(route.text === readFileSync(join(nextApp, 'cli', 'issue.html'), 'utf8'), 'the route\'s HTML differs from what the CLI renders');
    const page = await fetchText(`${base}/preview`);
    assert(page.status === 200 && /<iframe title="The issue as sent" srcDoc="&lt;!DOCTYPE html/i.test(page.text), `GET /preview: ${page.status}\n${page.text.slice(0, 2000)}`);
    assert(page.text.includes(readFileSync(join(nextApp, 'cli', 'issue.txt'), 'utf8').split('\n')[0]), 'the page does not show the text part');
    // The server action, called as the form posts it without JavaScript: the action's id as a
    // field name (from the page), the form's own fields beside it.
    const actionField = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(page.text)?.[1];
    assert(actionField, 'the page has no server-action form');
    const form = new FormData();
    form.set(actionField, '');
    form.set('to', 'redaktion@example.org');
    const action = await fetch(`${base}/preview`, { method: 'POST', headers: { Origin: base }, body: form });
    assert(action.status === 200, `server action: ${action.status} ${await action.text()}`);
    const sent = await server.waitFor(/test email for redaktion@example\.org: (\d+) characters of HTML, (\d+) of text/, 20_000);
    assert(Number(sent[1]) === route.text.length, `the action rendered ${sent[1]} characters, the route ${route.text.length}`);
    return `install ${((installed - started) / 1000).toFixed(0)} s, next build ${((built - installed) / 1000).toFixed(0)} s; route ${route.text.length} characters (= CLI), page ${page.text.length}, action: "${sent[0]}"`;
  } finally {
    server.stop();
  }
});

await check('Storybook 10 in an app (README "Storybook in your app"): storybook build; every story shows its email in Chromium, the toolbar switches views', async () => {
  const { files } = readmeFiles('Storybook in your app');
  const dir = join(work, 'storybook10');
  mkdirSync(dir);
  run('npm', ['init', '-y'], dir);
  run('npm', ['pkg', 'set', 'type=module'], dir);
  const started = Date.now();
  run('npm', ['install', ...npmFlags, tarball, 'react@19', 'react-dom@19', '@react-email/render@2', 'zod@4'], dir);
  run('npm', ['install', ...npmFlags, '--save-dev', 'storybook@10', '@storybook/react-vite@10', 'vite@8', 'typescript@~5.9', '@types/react@19'], dir);
  const installed = Date.now();
  cpSync(join(app, '..', 'storybook'), dir, { recursive: true });
  writeFiles(dir, files);
  writeFileSync(join(dir, 'issue.json'), issueJson);
  run('npx', ['storybook', 'build', '-o', 'storybook-static', '--quiet'], dir, { STORYBOOK_DISABLE_TELEMETRY: '1' });
  const built = Date.now();
  const index = JSON.parse(readFileSync(join(dir, 'storybook-static', 'index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter((e) => e.type === 'story');
  assert(stories.length === 3, `stories: ${stories.map((e) => e.id).join(', ')}`);
  const served = await serveStatic(join(dir, 'storybook-static'));
  const { context, close } = await browser();
  const shown = [];
  try {
    await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
    for (const story of stories) {
      for (const globals of ['', 'emailScheme:dark;emailWidth:320px', 'emailPart:text;emailTheme:default']) {
        const page = await context.newPage();
        const errors = [];
        page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && errors.push(m.text()));
        page.on('pageerror', (e) => errors.push(String(e)));
        try {
          await page.goto(`${served.url}/iframe.html?id=${story.id}&viewMode=story${globals ? `&globals=${globals}` : ''}`, { waitUntil: 'load' });
          await page.waitForSelector('[data-email-state="ready"], [data-email-state="error"], .sb-show-errordisplay', { timeout: 30_000 });
          const state = await page.getAttribute('[data-email-state]', 'data-email-state');
          assert(state === 'ready', `${story.id} ${globals}: ${await page.textContent('body')}`);
          if (globals.includes('emailPart:text')) {
            const text = (await page.textContent('[data-email-text]')) ?? '';
            assert(text.length > 100, `${story.id}: no plain-text part`);
          } else {
            const srcdoc = (await page.getAttribute('iframe[data-email-frame]', 'srcdoc')) ?? '';
            assert(srcdoc.startsWith('<!DOCTYPE html') && srcdoc.includes('</html>'), `${story.id}: no email in the frame`);
            if (globals.includes('dark')) assert(srcdoc.includes('@media all{'), `${story.id}: dark view not applied`);
            const width = await page.$eval('iframe[data-email-frame]', (f) => f.clientWidth);
            assert(width === (globals.includes('320px') ? 320 : 600), `${story.id}: frame ${width} px wide`);
          }
          const findings = (await page.textContent('[data-email-findings] summary')) ?? '';
          assert(/Email check: \d+ errors?, \d+ warnings?/.test(findings), `${story.id}: no findings summary`);
          assert(errors.length === 0, `${story.id} ${globals}: console errors:\n${errors.join('\n')}`);
          shown.push(`${story.id.replace(/^email-/, '')}${globals ? ` (${globals})` : ''}`);
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await close();
    await served.close();
  }
  return `install ${((installed - started) / 1000).toFixed(0)} s, storybook build ${((built - installed) / 1000).toFixed(0)} s; shown: ${shown.length} story views`;
});

await check('vitest with newsletter-kit/testing (README "Snapshot tests and CI"): writes the snapshots, holds them in CI, fails on drift and on a check error, keeps artefacts', async () => {
  const { files, section } = readmeFiles('Snapshot tests and CI');
  run('npm', ['install', ...npmFlags, '--save-dev', 'vitest@4', 'yaml@2', 'playwright-core@1'], react19);
  writeFiles(react19, files.filter((f) => !f.name.startsWith('.github/')));
  const workflow = files.find((f) => f.name === '.github/workflows/emails.yml');
  assert(workflow, 'no GitHub Actions workflow in the section');
  const steps = [...workflow.body.matchAll(/^\s+- run: (.+)$/gm)].map((m) => m[1]);
  assert(steps[0] === 'npm ci' && steps.length === 2, `workflow steps: ${steps.join(' / ')}`);
  const [cmd, ...args] = steps[1].split(' ');
  const snapshots = join(react19, 'emails', '__snapshots__');
  // Locally (no CI): the files are written, and equal what the CLI renders.
  run(cmd, args, react19, { CI: '' });
  assert(readFileSync(join(snapshots, 'branchenticker-05.html'), 'utf8') === readFileSync(join(react19, 'out', 'branchenticker-05.html'), 'utf8'), 'the snapshot differs from the CLI\'s render');
  // In CI, as the workflow runs: held, with artefacts and screenshots.
  const ci = run(cmd, args, react19, { CI: 'true', TZ: 'UTC' });
  assert(/1 passed/.test(ci), ci);
  const artefacts = readdirSync(join(react19, 'out', 'issues')).sort();
  assert(artefacts.join(' ') === 'branchenticker-05-320-dark.png branchenticker-05-320-light.png branchenticker-05-600-dark.png branchenticker-05-600-light.png branchenticker-05.html branchenticker-05.txt', `artefacts: ${artefacts.join(' ')}`);
  // Drift: a changed title fails in CI and leaves the snapshot as it was.
  const yamlPath = join(react19, 'emails', 'branchenticker-05.yaml');
  const yaml = readFileSync(yamlPath, 'utf8');
  writeFileSync(yamlPath, yaml.replace('title: Vitako-Branchenticker Nr. 5', 'title: Vitako-Branchenticker Nr. 6'));
  const drift = spawnSync(cmd, args, { cwd: react19, env: { ...process.env, CI: 'true', TZ: 'UTC' }, encoding: 'utf8' });
  assert(drift.status !== 0 && /Snapshot .*mismatched|toMatchFileSnapshot|mismatched/i.test(drift.stdout + drift.stderr), `drift did not fail:\n${drift.stdout}${drift.stderr}`);
  // A check error: link text that names another site than the link opens.
  writeFileSync(yamlPath, yaml.replace(/(\n\s+- )(Zum Jahreswechsel)/, '$1"[www.vitako.de](https://vitako.example.org/login)"$1$2'));
  const broken = spawnSync(cmd, args, { cwd: react19, env: { ...process.env, CI: '', TZ: 'UTC' }, encoding: 'utf8' });
  writeFileSync(yamlPath, yaml);
  assert(broken.status !== 0 && /EmailCheckError|The email check found/.test(broken.stdout + broken.stderr), `a check error did not fail:\n${broken.stdout}${broken.stderr}`);
  // Without a pinned time zone it says how to pin one.
  rmSync(join(react19, 'vitest.config.ts'));
  const unpinned = spawnSync(cmd, args, { cwd: react19, env: { ...process.env, CI: 'true', TZ: '' }, encoding: 'utf8' });
  writeFiles(react19, files.filter((f) => f.name === 'vitest.config.ts'));
  assert(unpinned.status !== 0 && /the time zone is not pinned/.test(unpinned.stdout + unpinned.stderr), `an unpinned zone passed:\n${unpinned.stdout}`);
  assert(section.includes('jest'), 'the section names jest');
  return `snapshots, artefacts: ${artefacts.length} files`;
});

await check('newsletter-kit dev (README "Live preview"): answers, renders again on save and tells the page, Send test writes the .eml', async () => {
  const { commands } = readmeFiles('Live preview');
  assert(commands[0] === 'npx newsletter-kit dev emails', `README command: ${commands[0]}`);
  // An email module as react-email keeps them, in a folder no tsconfig includes.
  writeFileSync(join(react19, 'emails', 'hello.tsx'), `import { Masthead, Newsletter } from 'newsletter-kit';
export default function Hello() {
  return <Newsletter lang="en" title="Hello" preview="Hello"><Masthead title="Hello from a module" issueNumber={1} date="2026-01-15" place="Berlin" /></Newsletter>;
}
`);
  const port = await freePort();
  const [cmd, ...args] = commands[0].split(' ');
  const server = start(cmd, [...args, '--port', String(port)], react19);
  let reloadMs = 0;
  try {
    await server.waitFor(/newsletter-kit dev: http:\/\/127\.0\.0\.1:\d+\//);
    const base = `http://127.0.0.1:${port}`;
    const index = await fetchText(`${base}/`);
    assert(/href="\/issue\/branchenticker-05".*0 errors/.test(index.text) && /href="\/issue\/hello"/.test(index.text), index.text);
    const hello = await fetchText(`${base}/email/hello`);
    assert(hello.text.includes('Hello from a module'), `the .tsx module did not render:\n${(await fetchText(`${base}/issue/hello`)).text}`);
    const events = await fetch(`${base}/events`);
    const reader = events.body.pipeThrough(new TextDecoderStream()).getReader();
    await reader.read();
    const yamlPath = join(react19, 'emails', 'branchenticker-05.yaml');
    const yaml = readFileSync(yamlPath, 'utf8');
    const saved = performance.now();
    writeFileSync(yamlPath, yaml.replace('title: Vitako-Branchenticker Nr. 5', 'title: Vitako-Branchenticker Nr. 7'));
    let seen = '';
    while (!/event: change/.test(seen)) seen += (await reader.read()).value ?? '';
    reloadMs = performance.now() - saved;
    await reader.cancel();
    const changed = await fetchText(`${base}/email/branchenticker-05`);
    writeFileSync(yamlPath, yaml);
    assert(changed.text.includes('<title>Vitako-Branchenticker Nr. 7</title>'), 'the saved change is not shown');
    const send = await fetch(`${base}/send/branchenticker-05`, { method: 'POST', redirect: 'manual', headers: { origin: base } });
    assert(send.status === 303 && statSync(join(react19, 'out', 'branchenticker-05.eml')).size > 10_000, `send: ${send.status}`);
  } finally {
    server.stop();
  }
  // The project with a block of its own (see the CLI check above): the block comes from the
  // configuration, and saving the block's module shows the change.
  const jobs = join(react19, 'jobs');
  const jobsPort = await freePort();
  const jobsServer = start('npx', ['newsletter-kit', 'dev', 'jobs.yaml', '--port', String(jobsPort)], jobs);
  try {
    await jobsServer.waitFor(/newsletter-kit dev: http:\/\/127\.0\.0\.1:\d+\//);
    const base = `http://127.0.0.1:${jobsPort}`;
    const before = await fetchText(`${base}/email/jobs`);
    assert(before.text.includes('IT-Sicherheitsbeauftragte (m/w/d)'), `the app's block is not in the preview:\n${(await fetchText(`${base}/issue/jobs`)).text.slice(-3000)}`);
    const events = await fetch(`${base}/events`);
    const reader = events.body.pipeThrough(new TextDecoderStream()).getReader();
    await reader.read();
    const blockPath = join(jobs, 'blocks', 'JobListing.tsx');
    const block = readFileSync(blockPath, 'utf8');
    const saved = performance.now();
    writeFileSync(blockPath, block.replace('{title}', '{title} (neu)'));
    let seen = '';
    while (!/event: change/.test(seen)) seen += (await reader.read()).value ?? '';
    const blockMs = performance.now() - saved;
    await reader.cancel();
    const after = await fetchText(`${base}/email/jobs`);
    writeFileSync(blockPath, block);
    assert(after.text.includes('IT-Sicherheitsbeauftragte (m/w/d) (neu)'), 'the saved block is not shown');
    return `YAML saved → page told in ${reloadMs.toFixed(0)} ms, the app's block module in ${blockMs.toFixed(0)} ms; .tsx module rendered; .eml written`;
  } finally {
    jobsServer.stop();
  }
});


await check('hover docs: an editor shows each documented prop\'s comment from the shipped .d.ts', () => {
  // The TypeScript language service, as an editor asks it on hover, over a file of the app.
  const probe = `import { CallToAction, createTheme, NewsItem, Newsletter, type IssueData } from 'newsletter-kit';
import { snapshotIssue } from 'newsletter-kit/testing';
import { emailPreview } from 'newsletter-kit/storybook';
export const a = <Newsletter title="t" preview="p"><NewsItem title="x" imagePosition="left">y</NewsItem><CallToAction href="https://example.org" align="center">z</CallToAction></Newsletter>;
export const b = createTheme({ webFonts: {}, colors: { link: '#0b5cad' } });
export const e = { density: 'compact' } satisfies Partial<IssueData>;
export const c = snapshotIssue(a, { name: 'n', maxWarnings: 0 });
export const d = emailPreview({ themes: {} });
`;
  writeFileSync(join(react19, 'hover.tsx'), probe);
  const out = run('node', ['--input-type=module', '-e', `
    import ts from 'typescript';
    import { readFileSync } from 'node:fs';
    const file = 'hover.tsx';
    const source = readFileSync(file, 'utf8');
    const options = { jsx: ts.JsxEmit.ReactJSX, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, skipLibCheck: false };
    const host = {
      getScriptFileNames: () => [file], getScriptVersion: () => '1', getCompilationSettings: () => options,
      getScriptSnapshot: (name) => { try { return ts.ScriptSnapshot.fromString(readFileSync(name, 'utf8')); } catch { return undefined; } },
      getCurrentDirectory: () => process.cwd(), getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
      fileExists: ts.sys.fileExists, readFile: ts.sys.readFile, readDirectory: ts.sys.readDirectory, directoryExists: ts.sys.directoryExists, getDirectories: ts.sys.getDirectories,
    };
    const service = ts.createLanguageService(host);
    const hover = (word, nth = 0) => {
      let at = -1;
      for (let i = 0; i <= nth; i++) at = source.indexOf(word, at + 1);
      const info = service.getQuickInfoAtPosition(file, at + 1);
      const tags = (info?.tags ?? []).map((tag) => '@' + tag.name + ' ' + ts.displayPartsToString(tag.text ?? []));
      return { word, shown: ts.displayPartsToString(info?.displayParts ?? []), docs: [ts.displayPartsToString(info?.documentation ?? []), ...tags].join(' ').trim() };
    };
    console.log(JSON.stringify(['title="t"', 'preview=', 'imagePosition', 'align=', 'webFonts', 'link:', 'density', 'maxWarnings', 'themes'].map((w) => hover(w))));`], react19);
  const hovers = JSON.parse(out);
  const empty = hovers.filter((h) => h.docs.length < 10);
  assert(empty.length === 0, `no documentation on hover for: ${empty.map((h) => `${h.word} (${h.shown})`).join(', ')}`);
  return hovers.map((h) => `${h.word.replace(/[="]+.*$/, '')}: "${h.docs.split('\n')[0].slice(0, 50)}…"`).join('; ');
});

rmSync(work, { recursive: true, force: true });
console.log(`consumer: ${passes} passed, ${failures} failed`);
process.exitCode = failures ? 1 : 0;
