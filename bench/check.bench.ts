/**
 * `NODE_ENV=production npx tsx bench/check.bench.ts`: what `checkEmail` costs on the seed issue
 * (branchenticker-05) once the process is warm. Renders the issue once without the check, then
 * prints the median and spread of `checkEmail(html)` over BENCH_RUNS runs (default 60) after
 * 5 warm-up runs, and the first (cold) call for comparison. On a shared machine the wall time
 * includes waiting for a core; the CPU time the process spent per run is printed beside it.
 */
import { performance } from 'node:perf_hooks';
import { createElement, type ComponentType } from 'react';
import { checkEmail } from '../src/check';
import { renderEmail } from '../src/render';

const RUNS = Math.max(50, Number(process.env.BENCH_RUNS ?? 60));

if (process.env.NODE_ENV !== 'production') console.warn('warning: NODE_ENV is not "production"; React runs its development checks');
const { default: Seed } = (await import('../emails/branchenticker-05')) as { default: ComponentType<object> & { PreviewProps: object } };
const { html } = await renderEmail(createElement(Seed, Seed.PreviewProps));

const coldStart = performance.now();
const findings = checkEmail(html);
const cold = performance.now() - coldStart;
for (let i = 0; i < 5; i++) checkEmail(html);
const times: number[] = [];
const cpuTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  checkEmail(html);
  times.push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1000);
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const at = (q: number): string => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
console.log(`checkEmail(branchenticker-05): ${Buffer.byteLength(html).toLocaleString('en')} bytes of HTML, ${findings.length} finding(s)`);
console.log(`  first call ${cold.toFixed(1)} ms; warm median ${at(0.5)} ms (p10 ${at(0.1)}, p90 ${at(0.9)}) over ${RUNS} runs`);
console.log(`  CPU time per warm run: median ${cpuTimes[Math.floor(cpuTimes.length / 2)]!.toFixed(2)} ms`);
