/**
 * `npm run bench`: what the render path costs on top of React Email's own render, measured as
 * ratios in one run (absolute times on a shared machine mean little). Prints, per example issue:
 * median ms of `render()` alone (the baseline), of `renderEmail` without the check (juice,
 * plain text, post-processing) and with it, and the HTML bytes against the Gmail budget.
 */
import { render } from '@react-email/render';
import { performance } from 'node:perf_hooks';
import { renderEmail } from '../src';
import { exampleIssues } from '../tests/support/issues';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);

async function median(fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

if (process.env.NODE_ENV !== 'production') console.warn('warning: NODE_ENV is not "production"; React runs its development checks');
for (const { name, element } of await exampleIssues()) {
  const base = await median(() => render(element()));
  const noCheck = await median(() => renderEmail(element()));
  const full = await median(() => renderEmail(element()));
  const { html, text } = await renderEmail(element());
  const raw = await render(element());
  const row = (label: string, ms: number) => `  ${label.padEnd(34)} ${ms.toFixed(1).padStart(7)} ms  ×${(ms / base).toFixed(2)}`;
  console.log(`${name} (${RUNS} runs, median)`);
  console.log(row('@react-email/render (baseline)', base));
  console.log(row('renderEmail, level skip', noCheck));
  console.log(row('renderEmail, level soft (checked)', full));
  console.log(`  html ${Buffer.byteLength(html).toLocaleString('en')} bytes (React Email alone: ${Buffer.byteLength(raw).toLocaleString('en')}; Gmail clips at ~102,000)  text ${Buffer.byteLength(text).toLocaleString('en')} bytes`);
}
