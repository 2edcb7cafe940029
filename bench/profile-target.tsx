/**
 * Renders the seed issue with `renderEmail` (no check) under the V8 profiler, after a warm-up,
 * and writes the profile to the path given. Run from source (tsx), so that every frame names
 * its own file in `src/`.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { renderIssue } from './contenders/newsletter-kit';
import { seed } from './content';

const [file, runs = '200'] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-target <out.cpuprofile> [renders]');
for (let i = 0; i < 30; i++) await renderIssue(seed);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const start = performance.now();
for (let i = 0; i < Number(runs); i++) await renderIssue(seed);
const ms = performance.now() - start;
const { profile } = await session.post('Profiler.stop');
writeFileSync(file, JSON.stringify(profile));
process.stdout.write(JSON.stringify({ renders: Number(runs), ms }));
