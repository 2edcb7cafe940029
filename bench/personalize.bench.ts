/**
 * Compile once, personalise many: the seed issue with a first name, an unsubscribe URL, a
 * web-view URL and a profile URL as placeholders, prepared once, then 1,000 recipients' copies
 * (HTML + text) as the bytes a sender writes, against the floor (copying one finished copy's
 * bytes). Run with NODE_ENV=production: `NODE_ENV=production npx tsx bench/personalize.bench.ts`.
 * `npm run bench` holds the targets; this script is for looking closer. For scale it also times
 * full renders with the values in the data, the way without placeholders.
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

const encoder = new TextEncoder();
const one = prepared.personalizeBytes(recipients[0]!);
const finished = new Uint8Array(one.html.length + one.text.length);
finished.set(one.html);
finished.set(one.text, one.html.length);

// Every way keeps its copies, as a sender's batch would; the rounds are interleaved so that load falls on all alike.
const ways: Record<string, () => unknown[]> = {
  'floor: copy one finished copy\'s bytes': () => recipients.map(() => finished.slice()),
  'personalizeBytes (HTML + text as UTF-8)': () => recipients.map((values) => prepared.personalizeBytes(values)),
  'personalizeBytes, format json': () => recipients.map((values) => prepared.personalizeBytes(values, { format: 'json' })),
  'personalize + TextEncoder': () => recipients.map((values) => {
    const { html, text } = prepared.personalize(values);
    return [encoder.encode(html), encoder.encode(text)];
  }),
  'side note: personalize, strings never read': () => recipients.map((values) => prepared.personalize(values)),
};
const times = new Map(Object.keys(ways).map((k) => [k, [] as number[]]));
for (let round = 0; round <= ROUNDS; round++) {
  for (const [label, run] of Object.entries(ways)) {
    const start = performance.now();
    if (run().length !== COPIES) throw new Error('no output');
    if (round > 0) times.get(label)!.push(performance.now() - start);
  }
}
const medianOf = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const floor = medianOf(times.get('floor: copy one finished copy\'s bytes')!);

await renderEmail(createElement(Issue, { data: personalIssue(recipients[0]!) }));
const fullStart = performance.now();
for (const values of recipients.slice(0, FULL)) await renderEmail(createElement(Issue, { data: personalIssue(values) }));
const fullPer = (performance.now() - fullStart) / FULL;

console.log(`prepareIssue (render once)  ${prepMs.toFixed(1).padStart(8)} ms`);
for (const [label, xs] of times) console.log(`${label.padEnd(44)} × ${COPIES}: ${medianOf(xs).toFixed(1).padStart(8)} ms  ×${(medianOf(xs) / floor).toFixed(2)} the floor`);
console.log(`renderEmail per copy, values in the data (no check), ${FULL} copies: ${fullPer.toFixed(1)} ms → ×${COPIES}: ${((fullPer * COPIES) / 1000).toFixed(1)} s`);
