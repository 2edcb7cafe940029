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
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
function check(name, fn) {
  const started = Date.now();
  try {
    const detail = fn();
    passes++;
    console.log(`ok    ${name}${detail ? ` — ${detail}` : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failures++;
    const e = /** @type {any} */ (error);
    console.log(`FAIL  ${name}\n${String(e.stderr || '') + String(e.stdout || '') || e.message}`.trimEnd());
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

const tarball = join(work, run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop());
const issueJson = run('npx', ['tsx', '-e', "import { branchenticker05 } from './emails/fixtures/branchenticker-05.ts'; console.log(JSON.stringify(branchenticker05))"], root);
console.log(`consumer: ${tarball} (${(statSync(tarball).size / 1024).toFixed(0)} KB packed)`);

check('install without peers ≤ 10 MB', () => {
  const dir = project('bare', []);
  run('npm', ['install', ...npmFlags, '--legacy-peer-deps', tarball], dir);
  const bytes = duBytes(join(dir, 'node_modules'));
  const packages = readdirSync(join(dir, 'node_modules')).filter((n) => !n.startsWith('.'));
  assert(bytes <= 10 * MB, `node_modules is ${(bytes / MB).toFixed(2)} MB`);
  return `${(bytes / MB).toFixed(2)} MB, packages: ${packages.join(', ')}`;
});

const { files, install } = quickStart();
const react19 = project('react19', []);
check('README Quick start, verbatim (React 19)', () => {
  run('npm', ['install', ...npmFlags, ...install.map((p) => (p === 'newsletter-kit' ? tarball : p))], react19);
  run('npm', ['install', ...npmFlags, '--save-dev', 'tsx', 'typescript@~5.9', '@types/react@19', '@types/node@20', 'esbuild@0.28'], react19);
  for (const f of files) writeFileSync(join(react19, f.name), f.body);
  const out = run('npx', ['tsx', 'render.tsx'], react19);
  assert(out.includes('Mehr: https://www.vitako.de/aktuelles/itdz'), `no "Mehr: …" line in:\n${out}`);
  assert(/issue\.html: \d+ bytes/.test(out), 'no byte count printed');
  assert(statSync(join(react19, 'issue.html')).size > 5000, 'issue.html not written');
  return out.trim().split('\n').pop();
});
check('ESM import, whole seed issue (React 19)', () => run('node', ['esm.mjs'], react19).trim());
check('CommonJS require of both entries (React 19)', () => {
  const out = JSON.parse(run('node', ['require.cjs'], react19));
  assert(out.errors === 0, `${out.errors} check errors`);
  return JSON.stringify(out);
});
for (const resolution of ['node16', 'bundler']) {
  check(`tsc --noEmit, skipLibCheck false, moduleResolution ${resolution}`, () => {
    const compilerOptions = {
      strict: true, skipLibCheck: false, noEmit: true, jsx: 'react-jsx', resolveJsonModule: true, target: 'es2022', types: ['node'],
      ...(resolution === 'node16' ? { module: 'node16', moduleResolution: 'node16' } : { module: 'esnext', moduleResolution: 'bundler' }),
    };
    writeFileSync(join(react19, `tsconfig.${resolution}.json`), JSON.stringify({ compilerOptions, files: ['types.tsx'] }));
    run('npx', ['tsc', '-p', `tsconfig.${resolution}.json`], react19);
  });
}
check('serverless: one-file esbuild bundle for Node runs from an empty folder', () => {
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
check('worker: one-file bundle runs in workerd (Cloudflare\'s runtime)', () => {
  run('npx', ['esbuild', 'worker.tsx', ...workerFlags, '--outfile=dist/worker.js'], react19);
  run('npm', ['install', ...npmFlags, '--save-dev', 'workerd'], react19);
  const result = spawnSync('npx', ['workerd', 'test', 'config.capnp'], { cwd: react19, encoding: 'utf8' });
  const out = `${result.stdout}${result.stderr}`;
  assert(result.status === 0 && /\[ PASS \] main/.test(out), out);
  return `${(statSync(join(react19, 'dist/worker.js')).size / 1024).toFixed(0)} KB with React; ${/workerd rendered .*/.exec(out)?.[0]}`;
});
check('budget: core worker bundle ≤ 600 KB minified, no caniemail or cheerio in its module graph', () => {
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

check('CLI from node_modules/.bin: render the YAML issue to html, txt, eml, ics and web; the .eml parses back', () => {
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

check("CLI with a project's own block: newsletter-kit.config.ts found in the working directory, YAML into html, txt and eml", () => {
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

const react18 = project('react18', []);
check('React 18: ESM and CommonJS render the seed issue', () => {
  run('npm', ['install', ...npmFlags, tarball, 'react@18', 'react-dom@18', '@react-email/render@2', 'zod@4'], react18);
  const version = JSON.parse(readFileSync(join(react18, 'node_modules/react/package.json'), 'utf8')).version;
  assert(version.startsWith('18.'), `react ${version}`);
  const esm = JSON.parse(run('node', ['esm.mjs'], react18));
  const cjs = JSON.parse(run('node', ['require.cjs'], react18));
  assert(esm.bytes > 20000 && cjs.errors === 0, JSON.stringify({ esm, cjs }));
  return `react ${version}, ${JSON.stringify(esm)}`;
});

rmSync(work, { recursive: true, force: true });
console.log(`consumer: ${passes} passed, ${failures} failed`);
process.exitCode = failures ? 1 : 0;
