/**
 * `NODE_ENV=production npx tsx bench/hostile-check.bench.ts [bytes]`: the email check on 1 MB
 * (default) of each adversarial shape of `tests/hostile/check-shapes.ts`, rule by rule. Prints a
 * table: the parse, the slowest rule and its time, `checkEmail` as a whole, and whether anything
 * threw. The target is under 1 s for every rule and shape; a shape that the check refuses to
 * parse (nesting past 4,096) shows as one check-readable finding. Not a timed test: the machine
 * is shared, so the figures are for reading, with the CPU time beside the wall time.
 */
import { performance } from 'node:perf_hooks';
import { checkEmail } from '../src/check';
import { parseEmail } from '../src/check/document';
import { reporterFor } from '../src/check/rule';
import { rules } from '../src/check/rules';
import { checkShapes } from '../tests/hostile/check-shapes';

const size = Number(process.argv[2] ?? 1_000_000);
const only = process.argv[3];
const ms = (n: number) => `${Math.round(n).toLocaleString('en')} ms`;
const rows: string[] = ['| shape | parse | slowest rule | checkEmail (wall / CPU) | findings | threw |', '|---|---:|---|---:|---:|---|'];
let worstRule = 0;
for (const shape of checkShapes) {
  if (only && !shape.name.includes(only)) continue;
  const html = shape.make(size);
  let threw = '';
  // checkEmail first, on a cold input: nothing of this shape is cached yet.
  const cpu = process.cpuUsage();
  const t = performance.now();
  let findings = 0;
  try {
    findings = checkEmail(html).length;
  } catch (error) {
    threw ||= `checkEmail: ${(error as Error).name}`;
  }
  const wall = performance.now() - t;
  const used = process.cpuUsage(cpu);
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
  rows.push(`| ${shape.name} (${(html.length / 1e6).toFixed(2)} MB) | ${ms(parse)} | ${slowest.id} ${ms(slowest.time)} | ${ms(wall)} / ${ms((used.user + used.system) / 1000)} | ${findings} | ${threw || 'no'} |`);
  console.error(rows.at(-1));
}
console.log(rows.join('\n'));
console.log(`\nslowest single step (parse or one rule) over all shapes: ${ms(worstRule)}${worstRule < 1000 ? ' (under 1 s)' : ' (OVER 1 s)'}`);
