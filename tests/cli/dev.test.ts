import { request } from 'node:http';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../../src/cli/dev';
import { cli, root, tempDir } from './support';

let dir = '';
let server: DevServer;
const seed = () => readFile(join(root, 'emails', 'branchenticker-05.yaml'), 'utf8');

/** An email module that reads its headline from a module beside it, as apps keep their data apart. */
const emailModule = `import { Newsletter, Masthead } from '${join(root, 'src', 'index.ts')}';
import { headline } from './headline';
export default function Headline() {
  return <Newsletter lang="en" title={headline} preview={headline}><Masthead title={headline} issueNumber={1} date="2026-01-15" place="Berlin" /></Newsletter>;
}
`;

beforeAll(async () => {
  dir = await tempDir();
  await writeFile(join(dir, 'issue.yaml'), await seed());
  await writeFile(join(dir, 'headline.ts'), "export const headline = 'First headline';\n");
  await writeFile(join(dir, 'module.tsx'), emailModule);
  // Not issues: fixtures, stories and tests beside them.
  await writeFile(join(dir, 'issue.stories.tsx'), 'export default {};\n');
  server = await startDevServer({ paths: [dir], port: 0, host: '127.0.0.1', out: join(dir, 'out') });
});
afterAll(() => server?.close());

async function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; type: string }> {
  const response = await fetch(`${server.url}${path}`, { headers, redirect: 'manual' });
  return { status: response.status, body: await response.text(), type: response.headers.get('content-type') ?? '' };
}

/** Waits for the next render the server announces on its event stream; returns the ms since `since`. */
async function nextChange(since: () => number, change: () => Promise<void>): Promise<number> {
  return nextChangeOf(server, change, since);
}

async function nextChangeOf(on: DevServer, change: () => Promise<void>, since = () => performance.now()): Promise<number> {
  const controller = new AbortController();
  const response = await fetch(`${on.url}/events`, { signal: controller.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let seen = '';
  const hello = await reader.read();
  seen += hello.value ?? '';
  expect(seen).toMatch(/event: hello\ndata: \d+/);
  const start = since();
  await change();
  const deadline = Date.now() + 15_000;
  while (!/event: change/.test(seen)) {
    if (Date.now() > deadline) throw new Error(`no change event: ${seen}`);
    const { value, done } = await reader.read();
    if (done) break;
    seen += value;
  }
  controller.abort();
  return performance.now() - start;
}

describe('newsletter-kit dev', () => {
  it('lists the issues of a folder (not its stories), each rendered and checked', async () => {
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('href="/issue/issue"');
    expect(index.body).toContain('href="/issue/module"');
    expect(index.body).not.toContain('stories');
    expect(index.body).toMatch(/issue\.yaml<\/code> · <span class="ok">0 errors, 0 warnings/);
  });

  it('shows the issue as sent, in each view, with the findings beside it', async () => {
    const page = await get('/issue/issue?width=320&scheme=dark');
    expect(page.body).toMatch(/<iframe title="Email: issue" sandbox="" src="\/email\/issue\?width=320&scheme=dark&images=on&styles=on&part=html" style="width:320px"/);
    expect(page.body).toContain('Email check: <span class="ok">0 errors, 0 warnings</span>');
    expect(page.body).toContain("new EventSource('/events')");

    const sent = await get('/email/issue');
    expect(sent.body).toBe(await snapshot('branchenticker-05.html'));
    expect((await get('/email/issue?scheme=dark')).body).toContain('@media all{');
    expect((await get('/email/issue?images=off')).body).toContain(`<meta http-equiv="Content-Security-Policy" content="img-src 'none'">`);
    expect((await get('/email/issue?styles=off')).body).not.toMatch(/<style/);
    const text = await get('/email/issue?part=text');
    expect(text.type).toMatch(/^text\/plain/);
    expect(text.body).toBe(await snapshot('branchenticker-05.txt'));
  });

  it('renders again when an issue or a module it imports is saved, and the page learns of it', async () => {
    const yamlMs = await nextChange(
      () => performance.now(),
      async () => writeFile(join(dir, 'issue.yaml'), (await seed()).replace('title: Vitako-Branchenticker Nr. 5', 'title: Vitako-Branchenticker Nr. 6')),
    );
    expect((await get('/email/issue')).body).toContain('<title>Vitako-Branchenticker Nr. 6</title>');

    const moduleMs = await nextChange(
      () => performance.now(),
      () => writeFile(join(dir, 'headline.ts'), "export const headline = 'Second headline';\n"),
    );
    expect((await get('/email/module')).body).toContain('Second headline');
    console.info(`dev.test: saved → rendered and announced: YAML ${yamlMs.toFixed(0)} ms, imported module ${moduleMs.toFixed(0)} ms`);
  });

  it('shows a broken issue as its error, naming file and line, and recovers on the next save', async () => {
    await nextChange(
      () => performance.now(),
      async () => writeFile(join(dir, 'issue.yaml'), (await seed()).replace('lang: de', 'lang: de\nheadline: oops')),
    );
    const broken = await get('/issue/issue');
    expect(broken.body).toMatch(/<pre class="failure" role="alert" data-render-error>.*issue\.yaml:\d+:\d+: .*unknown key &quot;headline&quot;/s);
    await nextChange(
      () => performance.now(),
      async () => writeFile(join(dir, 'issue.yaml'), await seed()),
    );
    expect((await get('/issue/issue')).body).toContain('0 errors, 0 warnings');
  });

  it('"Send test" writes the .eml into --out, and says why not for a module without issue data', async () => {
    const response = await fetch(`${server.url}/send/issue?width=320`, { method: 'POST', redirect: 'manual', headers: { origin: server.url } });
    expect(response.status).toBe(303);
    const location = response.headers.get('location')!;
    expect(location).toMatch(/^\/issue\/issue\?width=320&.*sent=written/);
    const eml = await readFile(join(dir, 'out', 'issue.eml'), 'utf8');
    expect(eml).toMatch(/^Content-Type: multipart\/alternative/m);
    expect(eml).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
    expect((await get(location)).body).toMatch(/<p class="sent" role="status">Send test: written: .*issue\.eml \([\d,]+ bytes\)/);

    const none = await fetch(`${server.url}/send/module`, { method: 'POST', redirect: 'manual' });
    expect(decodeURIComponent(none.headers.get('location')!.replace(/\+/g, ' '))).toContain('not written: a .eml needs the issue');
    expect(await readdir(join(dir, 'out'))).toEqual(['issue.eml']);
  });

  it('answers this machine only: another Host is refused, and so is "Send test" from another origin', async () => {
    expect(await requestWithHost('/issue/issue', 'evil.example:80')).toBe(421);
    const foreign = await fetch(`${server.url}/send/issue`, { method: 'POST', redirect: 'manual', headers: { origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    expect((await get('/issue/nothing')).status).toBe(404);
    expect((await get('/email/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
  });

  it('renders a project’s own blocks from its configuration, and again when a block’s module is saved', async () => {
    const project = await tempDir();
    const fixture = join(root, 'tests', 'fixtures', 'app-project');
    const library = join(root, 'src', 'index.ts');
    await mkdir(join(project, 'blocks'));
    for (const file of ['newsletter-kit.config.ts', 'jobs.yaml', 'blocks/JobListing.tsx']) {
      await writeFile(join(project, file), (await readFile(join(fixture, file), 'utf8')).replace("from 'newsletter-kit'", `from '${library}'`));
    }
    await writeFile(join(project, 'package.json'), '{ "type": "module" }\n');
    const jobs = await startDevServer({ paths: [join(project, 'jobs.yaml')], port: 0, host: '127.0.0.1', out: join(project, 'out'), cwd: project });
    try {
      const email = async () => (await fetch(`${jobs.url}/email/jobs`)).text();
      expect(await email()).toContain('IT-Sicherheitsbeauftragte (m/w/d)');
      const block = join(project, 'blocks', 'JobListing.tsx');
      const source = await readFile(block, 'utf8');
      await nextChangeOf(jobs, () => writeFile(block, source.replace('{title}', '{title} (neu)')));
      expect(await email()).toContain('IT-Sicherheitsbeauftragte (m/w/d) (neu)');
      // A configuration that no longer loads is shown in place of every issue, until it is fixed.
      const config = join(project, 'newsletter-kit.config.ts');
      const good = await readFile(config, 'utf8');
      await nextChangeOf(jobs, () => writeFile(config, good.replace('blocks: [JobListing]', 'blocks: [JobListing, 42]')));
      expect(await (await fetch(`${jobs.url}/issue/jobs`)).text()).toMatch(/data-render-error>.*newsletter-kit\.config\.ts: /s);
      await nextChangeOf(jobs, () => writeFile(config, good));
      expect(await email()).toContain('IT-Sicherheitsbeauftragte (m/w/d) (neu)');
    } finally {
      await jobs.close();
    }
  });

  it('refuses bad usage, naming what to write', async () => {
    expect((await cli(['dev', '--help'])).stdout).toMatch(/^Usage: newsletter-kit dev/);
    const missing = await cli(['dev', join(dir, 'nope.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.yaml: no such file or folder/);
    expect((await cli(['dev', '--port', 'x'])).stderr).toMatch(/--port must be a port number/);
    expect((await cli(['dev', join(root, 'README.md')])).stderr).toMatch(/README\.md: not an issue: give issue data/);
  });
});

const snapshot = (name: string) => readFile(join(root, 'tests', 'snapshots', name), 'utf8');

function requestWithHost(path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}
