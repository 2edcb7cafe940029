/**
 * `npm run bench`: newsletter-kit against a plain React Email template, React Email's text part,
 * MJML 5 and React's own serializer, on the same newsletter, in one run. Each contender is
 * bundled on its own and runs in its own process; warm renders are taken in interleaved rounds
 * so that a noisy neighbour slows every contender alike. Prints ratios (against the plain React
 * Email template) first, absolutes second, and writes BENCHMARKS.md.
 *
 * `npm run bench -- --profile` instead records a CPU profile of `renderEmail` on the seed issue
 * and prints where its time goes.
 */
import { build } from 'esbuild';
import { execFileSync, fork, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';
import { issueWithItems, seed, visibleText } from './content';
import { hostileSection, withHostileSection } from './hostile-section';
import { profile } from './profile';
import { contenders, type ContenderKey } from './contender';
import { agreement, formatRun, MANY, median, PERSONALISE_BUDGET_S, quantile, rankings, type Measured, type RunResult, type StreamRun } from './report';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const out = join(here, '.out');

/** Fewer samples for trying the harness itself; the committed BENCHMARKS.md is never quick. */
const quick = process.env.BENCH_QUICK === '1';
const plan = {
  warmup: quick ? 5 : 100,
  rounds: quick ? 3 : 15,
  perRound: quick ? 5 : 30,
  cold: quick ? 2 : 15,
  /** Renders of each cold-start process after the timed first one, before it reads its peak resident set. */
  memoryRenders: quick ? 5 : 50,
  copies: quick ? 50 : 1000,
  /** Copies streamed through `copies()` in a fresh process, and how many such processes. */
  stream: quick ? 5000 : 100_000,
  streamRuns: quick ? 1 : 3,
  scale: [
    { items: 10, warmup: 3, rounds: quick ? 2 : 10, perRound: quick ? 2 : 10 },
    { items: 100, warmup: 2, rounds: quick ? 1 : 9, perRound: 4 },
    { items: 1000, warmup: 1, rounds: quick ? 1 : 9, perRound: 1 },
  ],
};


async function bundle(): Promise<void> {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, '.gitignore'), '*\n');
  await build({
    entryPoints: [join(here, 'worker.ts'), ...contenders.map((c) => join(here, 'contenders', c.source))],
    outdir: out,
    outbase: here,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    jsx: 'automatic',
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
    // JSON data is inlined, as the library's own build does: Node would need an import attribute for it.
    plugins: [{ name: 'inline-json', setup: (b) => b.onResolve({ filter: /\.json$/ }, (args) => ({ path: createRequire(args.importer).resolve(args.path) })) }],
  });
}

interface Worker {
  child: ChildProcess;
  request<T>(op: string, args?: Record<string, number>): Promise<T>;
}

function startWorker(key: ContenderKey): Promise<Worker> {
  const child = fork(join(out, 'worker.mjs'), ['serve', join(out, 'contenders', `${key}.mjs`)], {
    execArgv: [],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const pending = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>();
  let next = 1;
  return new Promise((resolve, reject) => {
    child.on('message', (msg: { id: number; result?: unknown; error?: string }) => {
      if (msg.id === 0) return resolve(worker);
      const waiting = pending.get(msg.id)!;
      pending.delete(msg.id);
      if (msg.error) waiting.reject(new Error(`${key}: ${msg.error}`));
      else waiting.resolve(msg.result as never);
    });
    child.on('exit', (code) => {
      const error = new Error(`${key}: worker exited with ${code}`);
      for (const p of pending.values()) p.reject(error);
      reject(error);
    });
    const worker: Worker = {
      child,
      request: (op, args = {}) =>
        new Promise((res, rej) => {
          const id = next++;
          pending.set(id, { resolve: res, reject: rej });
          child.send({ id, op, ...args });
        }),
    };
  });
}

interface Round {
  times: number[];
}

/** Renders a contender does in a row before the next one takes over, within a round. */
const STRIDE = 3;

/**
 * Rounds of `perRound` renders per contender. Within a round the contenders take turns,
 * `STRIDE` renders at a time, so that a burst of other work on the machine falls on all of them
 * alike instead of on whichever contender was rendering its whole round just then (which is
 * what decided the slowest renders of a round, and so the 95th percentile). The order rotates
 * each round, so that no contender always runs right after the same one.
 */
async function interleave(workers: Map<ContenderKey, Worker>, keys: ContenderKey[], items: number, rounds: number, perRound: number): Promise<Map<ContenderKey, Round[]>> {
  const out = new Map(keys.map((k) => [k, [] as Round[]]));
  for (let r = 0; r < rounds; r++) {
    const round = new Map(keys.map((k) => [k, [] as number[]]));
    for (let done = 0; done < perRound; done += STRIDE) {
      for (let i = 0; i < keys.length; i++) {
        const key = keys[(i + r) % keys.length]!;
        const { times } = await workers.get(key)!.request<Round>('time', { items, count: Math.min(STRIDE, perRound - done) });
        round.get(key)!.push(...times);
      }
    }
    for (const key of keys) out.get(key)!.push({ times: round.get(key)! });
  }
  return out;
}

/** A fresh process: import + first render (timed), then more renders and its peak resident set. */
function coldStart(key: ContenderKey): { ms: number; rss: number } {
  const result = spawnSync(process.execPath, [join(out, 'worker.mjs'), 'cold', join(out, 'contenders', `${key}.mjs`), String(plan.memoryRenders)], {
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${key}: cold start failed\n${result.stderr}`);
  return JSON.parse(result.stdout) as { ms: number; rss: number };
}

/** A fresh process that streams `count` copies: its time and its peak resident set. */
function stream(key: ContenderKey, count: number): StreamRun {
  const result = spawnSync(process.execPath, [join(out, 'worker.mjs'), 'stream', join(out, 'contenders', `${key}.mjs`), String(count)], {
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${key}: stream failed\n${result.stderr}`);
  const run = JSON.parse(result.stdout) as StreamRun;
  if (run.copies !== count) throw new Error(`${key}: streamed ${run.copies} copies of ${count}`);
  return run;
}

/** Every contender must show the same newsletter: each headline, paragraph and footer line. */
function assertSameContent(key: ContenderKey, html: string): void {
  const $ = load(html);
  // Hidden runs (preheader, screen-reader context after a short link text) are not what a reader sees.
  $('[style*="display:none"], [data-skip-in-text]').remove();
  const shown = $('body').text().replace(/\s+/g, ' ');
  const missing = visibleText(seed).filter((s) => !shown.includes(s.replace(/\s+/g, ' ')));
  if (missing.length) throw new Error(`${key} does not show the seed issue's text: ${missing.slice(0, 3).map((s) => JSON.stringify(s.slice(0, 80))).join(', ')}`);
}

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  if (process.env.NODE_ENV !== 'production') throw new Error('run with NODE_ENV=production (npm run bench sets it): React checks props in development mode');
  const started = Date.now();
  await bundle();
  if (process.argv.includes('--profile')) return profile(out);

  const workers = new Map<ContenderKey, Worker>();
  for (const c of contenders) workers.set(c.key, await startWorker(c.key));
  const keys = contenders.map((c) => c.key);
  const result: RunResult = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: `${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB)`,
    commit: `${git(['rev-parse', '--short', 'HEAD']) ?? 'unknown'}${git(['status', '--porcelain', '--', 'src', 'bench']) ? '+changes' : ''}`,
    plan: { warm: plan.rounds * plan.perRound, warmup: plan.warmup, rounds: plan.rounds, cold: plan.cold, memoryRenders: plan.memoryRenders, copies: plan.copies, stream: plan.stream, scale: plan.scale.map((s) => ({ items: s.items, renders: s.rounds * s.perRound, rounds: s.rounds })) },
    contenders: {} as Record<ContenderKey, Measured>,
    personalise: [],
    stream: [],
    seconds: 0,
  };
  try {
    const log = (s: string) => process.stderr.write(`${s}\n`);
    log(`warm-up: ${plan.warmup} renders each`);
    for (const key of keys) {
      const setup = await workers.get(key)!.request<{ htmlBytes: number; gzipBytes: number; textBytes: number | null; html: string }>('setup', { items: seed.news.length, warmup: plan.warmup });
      assertSameContent(key, setup.html);
      result.contenders[key] = { htmlBytes: setup.htmlBytes, gzipBytes: setup.gzipBytes, textBytes: setup.textBytes, median: 0, p95: 0, rss: 0, cold: 0, scale: {}, samples: { roundMedians: [], roundP95s: [], cold: [], rss: [], scale: {} } };
    }
    log(`warm renders: ${plan.rounds} interleaved rounds × ${plan.perRound}`);
    const warm = await interleave(workers, keys, seed.news.length, plan.rounds, plan.perRound);
    for (const key of keys) {
      const m = result.contenders[key];
      const rounds = warm.get(key)!;
      const all = rounds.flatMap((r) => r.times);
      m.median = median(all);
      m.p95 = quantile(all, 0.95);
      m.samples.roundMedians = rounds.map((r) => median(r.times));
      m.samples.roundP95s = rounds.map((r) => quantile(r.times, 0.95));
    }

    log(`cold start: ${plan.cold} fresh processes each, interleaved, after one untimed each`);
    // The first fresh process of each contender reads its bundle and packages from disk; the timed ones find them in the file cache, as a running service would.
    for (const key of keys) coldStart(key);
    for (let i = 0; i < plan.cold; i++) {
      for (let j = 0; j < keys.length; j++) {
        const key = keys[(i + j) % keys.length]!;
        const { ms, rss } = coldStart(key);
        result.contenders[key].samples.cold.push(ms);
        result.contenders[key].samples.rss.push(rss);
      }
    }
    for (const key of keys) {
      result.contenders[key].cold = median(result.contenders[key].samples.cold);
      result.contenders[key].rss = median(result.contenders[key].samples.rss);
    }

    const scaled = contenders.filter((c) => c.scale).map((c) => c.key);
    for (const s of plan.scale) {
      log(`scale: ${s.items} news items`);
      for (const key of scaled) await workers.get(key)!.request('setup', { items: s.items, warmup: s.warmup });
      const times = await interleave(workers, scaled, s.items, s.rounds, s.perRound);
      for (const key of scaled) {
        const m = result.contenders[key];
        m.scale[s.items] = median(times.get(key)!.flatMap((r) => r.times));
        m.samples.scale[s.items] = times.get(key)!.map((r) => median(r.times));
      }
    }

    log(`personalisation: ${plan.copies} copies, interleaved rounds`);
    // Like the warm renders, every way takes one sample per round in turn (the order rotating), so that a burst of
    // load falls on all of them alike; a way is sampled again while it is cheap (up to MANY samples within the budget).
    const ways: { key: ContenderKey; index: number; label: string; role?: 'floor' | 'note'; samples: number[]; withText: boolean }[] = [];
    for (const key of keys) {
      const listed = await workers.get(key)!.request<Array<{ label: string; role?: 'floor' | 'note' }>>('personaliseSetup', { count: plan.copies });
      listed.forEach((w, index) => ways.push({ key, index, ...w, samples: [], withText: false }));
    }
    const wantsMore = (w: (typeof ways)[number]) => w.samples.length === 0 || (w.samples.length < MANY && w.samples.reduce((a, b) => a + b, 0) * (1 + 1 / w.samples.length) < PERSONALISE_BUDGET_S * 1000);
    for (let round = 0; round < MANY; round++) {
      for (let i = 0; i < ways.length; i++) {
        const way = ways[(i + round) % ways.length]!;
        if (!wantsMore(way)) continue;
        const { ms, withText } = await workers.get(way.key)!.request<{ ms: number; withText: boolean }>('personaliseOnce', { way: way.index });
        way.samples.push(ms);
        way.withText = withText;
      }
    }
    for (const { key, label, role, samples, withText } of ways) result.personalise.push({ key, label, role, samples, withText, ms: median(samples) });
    // The stream runs after the other workers are gone, so that they do not take the memory or the cores it is measured on.
    for (const w of workers.values()) w.child.kill();
    log(`stream: ${plan.stream.toLocaleString('en')} copies through copies(), ${plan.streamRuns} fresh processes`);
    for (let i = 0; i < plan.streamRuns; i++) result.stream!.push(stream('newsletter-kit', plan.stream));
  } finally {
    for (const w of workers.values()) w.child.kill();
  }
  result.seconds = (Date.now() - started) / 1000;

  const lastFile = join(out, 'last-run.json');
  const previous = existsSync(lastFile) ? (JSON.parse(readFileSync(lastFile, 'utf8')) as RunResult) : undefined;
  const comparable = previous && previous.commit === result.commit && previous.node === result.node && JSON.stringify(previous.plan) === JSON.stringify(result.plan) ? previous : undefined;
  writeFileSync(lastFile, JSON.stringify(result, null, 2));

  const text = formatRun(result, comparable);
  process.stdout.write(`${text.console}\n`);
  if (!quick) {
    // The hostile-check section is written by its own bench; keep it.
    const file = join(root, 'BENCHMARKS.md');
    writeFileSync(file, withHostileSection(text.markdown, existsSync(file) ? hostileSection(readFileSync(file, 'utf8')) : ''));
  }
  if (comparable) {
    const diff = agreement(rankings(comparable), rankings(result));
    process.stdout.write(diff.length ? `\nTier rankings that differ from the previous run: ${diff.join('; ')}\n` : '\nEvery tier ranking agrees with the previous run.\n');
  }
}

await main();
