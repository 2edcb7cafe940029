/**
 * `NODE_ENV=production npx tsx bench/hostile-check.bench.ts [bytes] [shape] [--write]`: the email
 * check on 1 MB (default) of each adversarial shape of `tests/hostile/check-shapes.ts`, rule by
 * rule. Prints a table: the parse, the slowest rule and its time, `checkEmail` as a whole, and
 * whether anything threw. The target is under 1 s of CPU for every shape, and time in proportion
 * to the input; a shape that the check refuses to parse (nesting past 4,096) shows as one
 * check-readable finding. Not a timed test: the machine is shared, so the figures are for reading,
 * with the CPU time beside the wall time, each also as a multiple of checking the seed issue
 * (branchenticker-05) in the same process, measured before and after the shapes. `--write` puts
 * the table into BENCHMARKS.md, beside the figures of the run it replaces.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createElement, type ComponentType } from 'react';
import { checkEmail } from '../src/check';
import { parseEmail } from '../src/check/document';
import { reporterFor } from '../src/check/rule';
import { rules } from '../src/check/rules';
import { renderEmail } from '../src/render';
import { checkShapes } from '../tests/hostile/check-shapes';
import { HOSTILE_HEADING, hostileSection, withHostileSection } from './hostile-section';

const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const write = process.argv.includes('--write');
const size = Number(args[0] ?? 1_000_000);
const only = args[1];
const ms = (n: number) => `${Math.round(n).toLocaleString('en')} ms`;
const cpuMs = (f: () => void): number => {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const load = () => loadavg().map((n) => n.toFixed(2)).join(', ');

// The yardstick: checking the seed issue, warm, median CPU time of 30 runs.
const { default: Seed } = (await import('../emails/branchenticker-05')) as { default: ComponentType<object> & { PreviewProps: object } };
const { html: seedHtml } = await renderEmail(createElement(Seed, Seed.PreviewProps));
function seedCheck(): number {
  for (let i = 0; i < 30; i++) checkEmail(seedHtml);
  const times = Array.from({ length: 30 }, () => cpuMs(() => checkEmail(seedHtml))).sort((a, b) => a - b);
  return times[times.length >> 1]!;
}
const loadBefore = load();
const seedBefore = seedCheck();

const rows: string[] = ['| shape | parse | slowest rule | checkEmail (wall / CPU) | CPU × seed | findings | threw |', '|---|---:|---|---:|---:|---:|---|'];
const measured: { name: string; cpu: number; row: string[] }[] = [];
let worstRule = 0;
for (const shape of checkShapes) {
  if (only && !shape.name.includes(only)) continue;
  const html = shape.make(size);
  let threw = '';
  // checkEmail first, on a cold input: nothing of this shape is cached yet.
  const cpuStart = process.cpuUsage();
  const t = performance.now();
  let findings = 0;
  try {
    findings = checkEmail(html).length;
  } catch (error) {
    threw ||= `checkEmail: ${(error as Error).name}`;
  }
  const wall = performance.now() - t;
  const used = process.cpuUsage(cpuStart);
  let parse = 0;
  let slowest = { id: '–', time: 0 };
  const start = performance.now();
  try {
    const doc = parseEmail(html);
    parse = performance.now() - start;
    for (const rule of rules) {
      const t = performance.now();
      try {
        rule.check(doc, { options: {}, report: reporterFor(rule) });
      } catch (error) {
        threw ||= `${rule.id}: ${(error as Error).name}`;
      }
      const time = performance.now() - t;
      if (time > slowest.time) slowest = { id: rule.id, time };
    }
  } catch (error) {
    parse = performance.now() - start;
    threw ||= `parse: ${(error as Error).name}`;
  }
  worstRule = Math.max(worstRule, slowest.time, parse);
  const cpu = (used.user + used.system) / 1000;
  const row = [`${shape.name} (${(html.length / 1e6).toFixed(2)} MB)`, ms(parse), `${slowest.id} ${ms(slowest.time)}`, `${ms(wall)} / ${ms(cpu)}`, '', String(findings), threw || 'no'];
  measured.push({ name: shape.name, cpu, row });
  console.error(`| ${row.join(' | ')} |`);
}
const seedAfter = seedCheck();
// The yardstick is the mean of the two seed figures, so that load drifting during the run falls on both sides.
const seed = (seedBefore + seedAfter) / 2;
for (const m of measured) {
  m.row[4] = `×${Math.round(m.cpu / seed)}`;
  rows.push(`| ${m.row.join(' | ')} |`);
}
const loadAfter = load();
const over = measured.filter((m) => m.cpu >= 1000);
const summary = [
  `seed issue (branchenticker-05, ${seedHtml.length.toLocaleString('en')} characters): checkEmail ${seedBefore.toFixed(1)} ms CPU before the shapes, ${seedAfter.toFixed(1)} ms after (warm medians of 30 runs after 30 warm-up runs; × seed is against their mean)`,
  `load average (1, 5, 15 min) on ${cpus().length} cores: ${loadBefore} at the start, ${loadAfter} at the end`,
  `slowest single step (parse or one rule) over all shapes: ${ms(worstRule)}`,
  over.length ? `checkEmail at or over 1 s of CPU: ${over.map((m) => `${m.name} (${ms(m.cpu)})`).join(', ')}` : 'checkEmail under 1 s of CPU on every shape',
];
console.log(rows.join('\n'));
console.log(`\n${summary.join('\n')}`);

if (write) {
  const file = join(import.meta.dirname, '..', 'BENCHMARKS.md');
  const markdown = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const previous = hostileSection(markdown);
  // The CPU column of the run this one replaces, by shape, and which commit it measured.
  const before = new Map([...previous.matchAll(/^\| (.+?) \([\d.]+ MB\) \|[^|\n]*\|[^|\n]*\| [^|\n]*\/ ([\d,]+ ms) \|/gm)].map((m) => [m[1]!, m[2]!]));
  const previousCommit = /^Commit: `([^`]+)`/m.exec(previous)?.[1];
  const git = (command: string[]) => {
    try {
      return execFileSync('git', command, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return undefined;
    }
  };
  const commit = `${git(['rev-parse', '--short', 'HEAD']) ?? 'unknown'}${git(['status', '--porcelain', '--', 'src', 'bench']) ? '+changes' : ''}`;
  const header = ['shape', 'parse', 'slowest rule', 'checkEmail (wall / CPU)', 'CPU × seed', previousCommit ? `CPU at \`${previousCommit}\`` : 'previous CPU', 'findings', 'threw'];
  const section = `${HOSTILE_HEADING}

Written by \`NODE_ENV=production npx tsx bench/hostile-check.bench.ts --write\`; \`npm run bench\` keeps this section.
Commit: \`${commit}\`. The target: under 1 s of CPU for \`checkEmail\` on every shape, time in proportion
to the input, and the seed issue checked no slower. CPU time is the figure to read; the wall time
includes waiting for a core on a shared machine, and a busy machine raises the CPU time too.

${summary.map((line) => `- ${line}`).join('\n')}

| ${header.join(' | ')} |
|---|---:|---|---:|---:|---:|---:|---|
${measured.map((m) => `| ${[...m.row.slice(0, 5), before.get(m.name) ?? '–', ...m.row.slice(5)].join(' | ')} |`).join('\n')}
`;
  writeFileSync(file, withHostileSection(markdown, section));
  console.log(`\nwrote the hostile-check section of ${file}`);
}
