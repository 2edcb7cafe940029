/**
 * Where `renderEmail`'s time goes on the seed issue: a V8 CPU profile (production mode, after
 * warm-up), each sample put in one phase by the frames on its stack.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Phases in order of precedence: a sample counts for the first whose test a frame on its stack passes. */
const phases: Array<[string, (url: string, fn: string) => boolean]> = [
  ['plain text (src/text/)', (url) => /\/src\/text\//.test(url)],
  ['validation (zod, validateProps, src/base/values)', (url, fn) => url.includes('/node_modules/zod/') || url.includes('/src/issue/fields.') || url.includes('/src/base/values/') || fn === 'validateProps'],
  ['dates (src/i18n)', (url) => url.includes('/src/i18n/')],
  ['juice (CSS inlining)', (url) => url.includes('/node_modules/juice/')],
  ['post-processing (src/render/postprocess, Mso)', (url) => url.includes('/src/render/postprocess.') || url.includes('/src/layout/Mso.')],
  ['merge-tag guards (src/merge)', (url) => url.includes('/src/merge/')],
  ['React render: components (src/)', (url) => /\/src\/(components|layout|issue|theme|base)\//.test(url)],
  ['React render: react-dom + @react-email', (url) => url.includes('/node_modules/react-dom/') || url.includes('/node_modules/react/') || url.includes('/node_modules/@react-email/')],
];

export function summarise(profile: CpuProfile): Array<{ phase: string; ms: number; share: number }> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const totals = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const stack: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!);
    const leaf = stack[0]!.callFrame.functionName;
    if (leaf === '(idle)' || leaf === '(program)') return;
    const phase = leaf === '(garbage collector)' ? 'garbage collection' : (phases.find(([, test]) => stack.some((f) => test(f.callFrame.url, f.callFrame.functionName)))?.[0] ?? 'other (regex, strings, Node)');
    totals.set(phase, (totals.get(phase) ?? 0) + dt);
    all += dt;
  });
  return [...totals].map(([phase, ms]) => ({ phase, ms, share: ms / all })).sort((a, b) => b.ms - a.ms);
}

export function profile(out: string): void {
  const here = dirname(fileURLToPath(import.meta.url));
  const file = join(out, 'renderEmail.cpuprofile');
  const runs = 200;
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'profile-target.tsx'), file, String(runs)], {
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
    cwd: join(here, '..'),
  });
  if (result.status !== 0) throw new Error(`profile run failed\n${result.stderr}`);
  const { ms } = JSON.parse(result.stdout) as { ms: number };
  const rows = summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
  process.stdout.write(`renderEmail (no check) on the seed issue: ${runs} renders, ${(ms / runs).toFixed(2)} ms each while profiled\n\n`);
  for (const r of rows) process.stdout.write(`  ${r.phase.padEnd(48)} ${(r.ms / runs).toFixed(2).padStart(6)} ms/render  ${(r.share * 100).toFixed(1).padStart(5)} %\n`);
  process.stdout.write(`\nProfile: ${file} (open in Chrome DevTools → Performance, or VS Code)\n`);
}
