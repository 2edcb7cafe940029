/**
 * Compile once, personalise many: the seed issue with a first name, an unsubscribe URL, a
 * web-view URL and a profile URL as placeholders, prepared once, then 1,000 recipients' copies
 * (HTML + text). Run with NODE_ENV=production: `NODE_ENV=production npx tsx bench/personalize.bench.ts`.
 * For scale it also times full renders with the values in the data, the way without placeholders.
 */
import { performance } from 'node:perf_hooks';
import { createElement } from 'react';
import { Issue, renderEmail } from '../src';
import { placeholder, prepareIssue } from '../src/merge';
import { personalIssue } from '../tests/merge/fixture';

const COPIES = Number(process.env.BENCH_COPIES ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const FULL = Number(process.env.BENCH_FULL ?? 20);

if (process.env.NODE_ENV !== 'production') console.warn('warning: NODE_ENV is not "production"; React runs its development checks');

const recipients = Array.from({ length: COPIES }, (_, i) => ({
  firstName: `${['Anna', 'Jürgen', 'Zoë & "Max"', 'Ölçer <Ada>'][i % 4]} ${i}`,
  unsubscribeUrl: `https://news.example.org/abmelden?id=${i}&token=${(i * 2654435761).toString(16)}`,
  webViewUrl: `https://news.example.org/web/5?r=${i}`,
  profileUrl: `https://news.example.org/profil?id=${i}`,
}));

const prepStart = performance.now();
const prepared = await prepareIssue(
  personalIssue({
    firstName: placeholder.firstName({ fallback: 'Leserin und Leser' }),
    unsubscribeUrl: placeholder.unsubscribeUrl(),
    webViewUrl: placeholder.webViewUrl(),
    profileUrl: placeholder.custom('profileUrl', { kind: 'url' }),
  }),
);
const prepMs = performance.now() - prepStart;

let bytes = 0;
const runOnce = () => {
  bytes = 0;
  const start = performance.now();
  for (const values of recipients) {
    const { html, text } = prepared.personalize(values);
    // Reading the length of both parts keeps the work from being skipped; the byte count below flattens them.
    bytes += html.length + text.length;
  }
  return performance.now() - start;
};
runOnce();
const times = Array.from({ length: ROUNDS }, runOnce).sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;

// V8 returns concatenations as ropes; reading a character flattens them into one buffer, as writing them out would.
const flattenOnce = () => {
  const start = performance.now();
  let sum = 0;
  for (const values of recipients) {
    const { html, text } = prepared.personalize(values);
    sum += html.charCodeAt(html.length >> 1) + text.charCodeAt(text.length >> 1);
  }
  if (!sum) throw new Error('no output');
  return performance.now() - start;
};
flattenOnce();
const flatTimes = Array.from({ length: ROUNDS }, flattenOnce).sort((a, b) => a - b);

const flatStart = performance.now();
let utf8 = 0;
for (const values of recipients) {
  const { html, text } = prepared.personalize(values);
  utf8 += Buffer.byteLength(html) + Buffer.byteLength(text);
}
const flatMs = performance.now() - flatStart;

await renderEmail(createElement(Issue, { data: personalIssue(recipients[0]!) }));
const fullStart = performance.now();
for (const values of recipients.slice(0, FULL)) await renderEmail(createElement(Issue, { data: personalIssue(values) }));
const fullPer = (performance.now() - fullStart) / FULL;

console.log(`prepareIssue (render once)                 ${prepMs.toFixed(1).padStart(8)} ms`);
console.log(`personalize × ${COPIES} (HTML + text), median of ${ROUNDS}  ${median.toFixed(1).padStart(8)} ms  (min ${times[0]!.toFixed(1)}, max ${times.at(-1)!.toFixed(1)}; target ≤ 100)`);
console.log(`personalize × ${COPIES}, flattened, median of ${ROUNDS}      ${flatTimes[Math.floor(ROUNDS / 2)]!.toFixed(1).padStart(8)} ms`);
console.log(`personalize × ${COPIES} + UTF-8 byte count of both parts ${flatMs.toFixed(1).padStart(8)} ms  (${(utf8 / COPIES).toFixed(0)} bytes per copy)`);
console.log(`renderEmail per copy, values in the data (no check), ${FULL} copies: ${fullPer.toFixed(1)} ms → ×${COPIES}: ${((fullPer * COPIES) / 1000).toFixed(1)} s`);
if (bytes === 0) throw new Error('no output');
