import { existsSync, watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as React from 'react';
import { renderAndCheck } from '../check/index';
import { buildEml } from '../send/index';
import { applyView, type EmailView } from '../storybook/index';
import { loadConfig, type LoadedConfig } from './config';
import { indexPage, previewPage, type PreviewState, type Toolbar } from './devPage';
import { InputError, loadIssue } from './load';
import { Exit, UsageError } from './report';
import { writeTogether } from './write';

export const devHelp = `Usage: newsletter-kit dev [file|folder …] [options]

A live preview of issues as they are sent: each one rendered through renderEmail and
checked, shown at 320 px, 600 px or full width, light or dark, with images or <style> off,
or as the plain-text part, with the check's findings beside it. It renders again and the
page reloads when a file in the issues' folders is saved. "Send test" writes the issue as
<out>/<name>.eml (no mail server needed): open it in a mail client.

Files: issue data (.yaml, .yml, .json) or email modules (.tsx, .jsx, .ts, .js with a
default-exported component; .tsx/.ts need tsx installed). A folder stands for its .yaml,
.yml, .json, .tsx and .jsx files (not *.stories.* or *.test.*). Default: emails/, else
the current folder.

Options:
  --port N      the port to listen on (default: 3210)
  --host HOST   the address to listen on (default: 127.0.0.1, this machine only)
  --out DIR     where "Send test" writes the .eml (default: out)
  --config FILE the project's configuration with its own blocks and theme (default:
                newsletter-kit.config.ts, .mts, .tsx, .js or .mjs in the current folder,
                read again when it is saved)
  -h, --help    this help
`;

const DATA = ['.yaml', '.yml', '.json'];
const MODULES = ['.tsx', '.jsx', '.ts', '.js', '.mjs', '.mts'];
/** What a folder stands for: issues, not the helpers, fixtures, stories and tests beside them. */
const IN_FOLDERS = ['.yaml', '.yml', '.json', '.tsx', '.jsx'];
const NOT_ISSUES = /\.(stories|test|spec)\.[^.]+$|^package(-lock)?\.json$|^tsconfig.*\.json$/;
/** Saves within this long are one change: an editor writes a file in several steps. */
const SETTLE_MS = 40;

interface Entry {
  name: string;
  file: string;
  state: PreviewState;
}

export interface DevServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

async function inputsOf(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new UsageError(`${path}: no such file or folder`);
    }
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => IN_FOLDERS.includes(extname(n)) && !NOT_ISSUES.test(n) && !n.startsWith('.')).sort();
      files.push(...names.map((n) => join(path, n)));
    } else if ([...DATA, ...MODULES].includes(extname(path))) {
      files.push(path);
    } else {
      throw new UsageError(`${path}: not an issue: give issue data (.yaml, .yml, .json) or an email module (.tsx, .jsx, .ts, .js)`);
    }
  }
  if (!files.length) throw new UsageError(`no issues in ${paths.join(', ')}: give .yaml, .json or .tsx files, or a folder that holds them`);
  return files;
}

/** Unique URL names: the file name without extension; with it where two share one, and with the folder where that is not enough. */
function namesOf(files: string[]): Map<string, string> {
  const count = (key: (file: string) => string) => (file: string) => files.filter((f) => key(f) === key(file)).length;
  const bare = (file: string) => basename(file, extname(file));
  const sharedBare = count(bare);
  const sharedBase = count((file) => basename(file));
  return new Map(
    files.map((file) => {
      const name = sharedBare(file) === 1 ? bare(file) : sharedBase(file) === 1 ? basename(file) : relative(process.cwd(), file).replace(/[\\/]/g, '--');
      return [name.replace(/[^\w.-]/g, '_'), file];
    }),
  );
}

/**
 * Modules of the app (not of node_modules) that a CommonJS-mode email module loaded: dropped
 * before each render so that a saved dependency is read again. ES modules need nothing: tsx
 * imports each render's module graph afresh.
 */
function forgetAppModules(): void {
  const cache = createRequire(import.meta.url).cache;
  for (const key of Object.keys(cache)) if (!/[\\/]node_modules[\\/]/.test(key)) delete cache[key];
}

async function renderEntry(entry: Entry, config: LoadedConfig): Promise<void> {
  const started = performance.now();
  try {
    const { element, issue } = await loadIssue(entry.file, config);
    // As `render` does: a subject line the data sets is checked as the subject.
    const check = issue?.subject === undefined ? {} : { subject: issue.subject };
    const { html, text, findings } = await renderAndCheck(element, { level: 'soft', check });
    entry.state = { status: 'ready', html, text, findings, issue, ms: performance.now() - started, at: new Date() };
  } catch (error) {
    entry.state = { status: 'error', message: (error as Error).message, ms: performance.now() - started, at: new Date() };
  }
}

function toolbarOf(query: URLSearchParams): Toolbar {
  const pick = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
    const value = query.get(key);
    return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
  };
  return {
    width: pick('width', ['320', '600', 'full'], '600'),
    scheme: pick('scheme', ['light', 'dark'], 'light'),
    images: pick('images', ['on', 'off'], 'on'),
    styles: pick('styles', ['on', 'off'], 'on'),
    part: pick('part', ['html', 'text'], 'html'),
  };
}

function send(response: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store', ...headers });
  response.end(body);
}

/**
 * Starts the preview server. Resolves once it listens; `close()` stops the server, the watchers
 * and the open event streams.
 */
export async function startDevServer(options: { paths: string[]; port: number; host: string; out: string; config?: string; cwd?: string }): Promise<DevServer> {
  const cwd = options.cwd ?? process.cwd();
  const files = await inputsOf(options.paths);
  // The project's configuration (its own blocks, its theme), read again when it is saved.
  let config: LoadedConfig = await loadConfig(cwd, options.config);
  let configProblem: string | undefined;
  const entries = new Map<string, Entry>(
    [...namesOf(files)].map(([name, file]) => [name, { name, file, state: { status: 'rendering' } satisfies PreviewState }]),
  );
  // Email modules compiled without a JSX setting (outside tsconfig's "include", or with no
  // tsconfig at all) call React.createElement on a global React: give them the app's.
  (globalThis as { React?: typeof React }).React ??= React;

  let version = 0;
  const streams = new Set<ServerResponse>();
  /** Renders the issues a change may touch: a saved data file is its own issue; anything else may be imported by any module. */
  const renderAgain = async (paths: Set<string> | 'all') => {
    const dataOnly = paths !== 'all' && [...paths].every((path) => [...entries.values()].some((e) => resolve(e.file) === path && DATA.includes(extname(path))));
    const affected = [...entries.values()].filter((e) => !dataOnly || (paths as Set<string>).has(resolve(e.file)));
    if (!dataOnly) forgetAppModules();
    // The configuration, and the blocks it imports, read again after any save but a data file's.
    if (paths !== 'all' && config.path !== undefined && !dataOnly) {
      try {
        config = await loadConfig(cwd, options.config);
        configProblem = undefined;
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        configProblem = error.message;
      }
    }
    for (const entry of affected) {
      if (configProblem === undefined) await renderEntry(entry, config);
      else entry.state = { status: 'error', message: configProblem, ms: 0, at: new Date() };
    }
    version += 1;
    for (const stream of streams) stream.write(`event: change\ndata: ${version}\n\n`);
  };
  await renderAgain('all');

  // One watcher per folder that holds an issue: an issue's own modules and data sit beside it.
  const folders = [...new Set(files.map((f) => resolve(dirname(f))))].filter((f, _, all) => !all.some((o) => o !== f && f.startsWith(`${o}/`)));
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let pending = new Set<string>();
  const out = resolve(options.out);
  const changed = (folder: string) => (_event: string, file: string | Buffer | null) => {
    // Not what "Send test" writes, nor editors' and tools' temporary files.
    if (file && (/(^|[\\/])(node_modules|\.git)([\\/]|$)|\.tmp$|~$/.test(String(file)) || resolve(folder, String(file)).startsWith(`${out}/`))) return;
    pending.add(file ? resolve(folder, String(file)) : folder);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const paths = pending;
      pending = new Set();
      running = running.then(() => renderAgain(paths));
    }, SETTLE_MS);
  };
  // A folder that holds node_modules (the project itself) is watched without its subfolders:
  // watching node_modules would take a watch per folder of it.
  const recursive = (folder: string) => !existsSync(join(folder, 'node_modules'));
  const watchers: FSWatcher[] = folders.map((folder) => watch(folder, { recursive: recursive(folder) }, changed(folder)));
  if (config.path !== undefined && !folders.some((folder) => recursive(folder) ? config.path!.startsWith(`${folder}/`) : dirname(config.path!) === folder)) {
    watchers.push(watch(dirname(config.path), changed(dirname(config.path))));
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => send(response, 500, 'text/plain', `newsletter-kit dev: ${(error as Error).stack ?? String(error)}`));
  });
  const address = await new Promise<{ port: number }>((resolveListen, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new UsageError(`port ${options.port} is in use: pass another one with --port`) : error),
    );
    server.listen(options.port, options.host, () => resolveListen(server.address() as { port: number }));
  });
  const origin = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${address.port}`;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Only this machine's pages may use the server: a web page elsewhere must not read the
    // issues (DNS rebinding) nor write files through "Send test".
    const host = request.headers.host ?? '';
    if (!/^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host) && host !== new URL(origin).host) {
      return send(response, 421, 'text/plain', `newsletter-kit dev answers requests for ${origin} only`);
    }
    const url = new URL(request.url ?? '/', origin);
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (request.method === 'GET' && parts.length === 0) return send(response, 200, 'text/html', indexPage([...entries.values()], version));
    if (request.method === 'GET' && parts[0] === 'events' && parts.length === 1) {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(`event: hello\ndata: ${version}\n\n`);
      streams.add(response);
      request.on('close', () => streams.delete(response));
      return;
    }
    const entry = parts[1] === undefined ? undefined : entries.get(parts[1]);
    if (!entry) return send(response, 404, 'text/plain', `no issue at ${url.pathname}: see ${origin}/`);
    const toolbar = toolbarOf(url.searchParams);
    if (request.method === 'GET' && parts[0] === 'issue' && parts.length === 2) {
      return send(response, 200, 'text/html', previewPage(entry, [...entries.values()], toolbar, version, url.searchParams.get('sent') ?? undefined));
    }
    if (request.method === 'GET' && parts[0] === 'email' && parts.length === 2) {
      if (entry.state.status !== 'ready') return send(response, 409, 'text/plain', `${entry.file}: not rendered`);
      const view: EmailView = { scheme: toolbar.scheme, images: toolbar.images, styles: toolbar.styles };
      const body = toolbar.part === 'text' ? entry.state.text : applyView(entry.state.html, view);
      // Shown in a sandboxed frame; opened on its own it gets the same sandbox: no script runs.
      return send(response, 200, toolbar.part === 'text' ? 'text/plain' : 'text/html', body, { 'content-security-policy': 'sandbox' });
    }
    if (request.method === 'POST' && parts[0] === 'send' && parts.length === 2) {
      const from = request.headers.origin;
      if (from !== undefined && from !== origin && !/^http:\/\/(localhost|127\.0\.0\.1|\[::1\]):\d+$/.test(from)) {
        return send(response, 403, 'text/plain', 'Send test only from the preview page');
      }
      const back = new URLSearchParams(url.searchParams);
      back.set('sent', await sendTest(entry, options.out));
      response.writeHead(303, { location: `/issue/${encodeURIComponent(entry.name)}?${back}` });
      response.end();
      return;
    }
    return send(response, 404, 'text/plain', `nothing at ${request.method} ${url.pathname}`);
  }

  return {
    url: origin,
    server,
    async close() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      for (const stream of streams) stream.end();
      await new Promise<void>((done) => server.close(() => done()));
      await running;
    },
  };
}

/** Writes the issue as a sendable message; returns what the page says about it. */
async function sendTest(entry: Entry, out: string): Promise<string> {
  const state = entry.state;
  if (state.status !== 'ready') return `not written: ${entry.file} did not render`;
  if (!state.issue) {
    return `not written: a .eml needs the issue's data (subject, from, unsubscribe): export it from ${entry.file} as \`issue\`, or pass it in PreviewProps as \`issue\``;
  }
  try {
    const eml = await buildEml(state.issue, { html: state.html, text: state.text });
    const path = join(out, `${entry.name}.eml`);
    await writeTogether([{ path, content: eml }]);
    return `written: ${path} (${Buffer.byteLength(eml).toLocaleString('en')} bytes); open it in a mail client`;
  } catch (error) {
    return `not written: ${(error as Error).message}`;
  }
}

/** `newsletter-kit dev …`: serves until the process is stopped (Ctrl-C). */
export async function dev(argv: string[]): Promise<Exit> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { help: { type: 'boolean', short: 'h' }, port: { type: 'string' }, host: { type: 'string' }, out: { type: 'string' }, config: { type: 'string' } },
  });
  if (values.help) {
    console.log(devHelp);
    return Exit.ok;
  }
  const port = values.port ?? '3210';
  if (!/^\d+$/.test(port) || Number(port) > 65535) throw new UsageError(`--port must be a port number (0–65535), got "${port}"`);
  const paths = positionals.length ? positionals : [(await stat('emails').then((s) => s.isDirectory()).catch(() => false)) ? 'emails' : '.'];
  let server: DevServer;
  try {
    server = await startDevServer({ paths, port: Number(port), host: values.host ?? '127.0.0.1', out: values.out ?? 'out', config: values.config });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(error.message);
    return Exit.invalid;
  }
  console.log(`newsletter-kit dev: ${server.url}/ (${paths.join(', ')}; Ctrl-C to stop)`);
  await new Promise<void>((done) => {
    const stop = () => void server.close().then(done);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return Exit.ok;
}
