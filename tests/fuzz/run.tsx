/**
 * `npm run fuzz`: the property-based suite at scale. NUM_RUNS (default 20000) generated issues,
 * each checked valid and broken (one field replaced or misspelt), each component's props
 * likewise; every RENDER_EVERY-th issue also goes through the full render path (text part,
 * determinism); then the whole hostile corpus. Prints the figures and exits non-zero when any
 * of them is not 0. SEED makes a run repeatable.
 */
import fc from 'fast-check';
import { hostileValue, mutate, validIssue } from './arbitraries';
import { checkCheckInput, hostileHtml, type CheckInputProblem } from './check-input';
import {
  checkComponent,
  checkEscapedText,
  checkHostileCorpus,
  checkIssueData,
  checkRender,
  checkValidIssue,
  componentCases,
  corpus,
  type Problem,
} from './properties';
import { checkPersonalize, personalValues } from './personalize';

const runs = Number(process.env.NUM_RUNS ?? 20_000);
const renderEvery = Number(process.env.RENDER_EVERY ?? 100);
const seed = Number(process.env.SEED ?? Date.now() % 2 ** 31);
const started = performance.now();

const problems: Problem[] = [];
const figures = { issues: 0, brokenIssues: 0, componentProps: 0, fullRenders: 0 };
const sample = fc.tuple(validIssue, fc.nat(), hostileValue, fc.constantFrom('replace' as const, 'misspell' as const));
const batch = 500;
for (let done = 0; done < runs; done += batch) {
  const cases = fc.sample(sample, { numRuns: Math.min(batch, runs - done), seed: seed + done });
  for (const [i, [data, choice, value, kind]] of cases.entries()) {
    problems.push(...checkValidIssue(data));
    problems.push(...checkIssueData(mutate(data, choice, value, kind).data));
    figures.issues++;
    figures.brokenIssues++;
    for (const c of componentCases(data)) {
      problems.push(...checkComponent(c, c.props, true), ...checkComponent(c, mutate(c.props, choice, value, kind).data, false));
      figures.componentProps += 2;
    }
    if ((done + i) % renderEvery === 0) {
      problems.push(...(await checkRender(data)));
      figures.fullRenders++;
    }
  }
  process.stderr.write(`\r${Math.min(done + batch, runs)}/${runs} issues, ${problems.length} problems`);
}
process.stderr.write('\n');

// Per-recipient values: as many sets as issues, every renderEvery-th also against a full render.
const personalizeStarted = performance.now();
let personalized = 0;
let personalizeRenders = 0;
for (let done = 0; done < runs; done += batch) {
  const cases = fc.sample(personalValues, { numRuns: Math.min(batch, runs - done), seed: seed + done + 1 });
  for (const [i, input] of cases.entries()) {
    const full = (done + i) % renderEvery === 0;
    problems.push(...(await checkPersonalize(input, full)));
    personalized++;
    if (full) personalizeRenders++;
  }
  process.stderr.write(`\r${Math.min(done + batch, runs)}/${runs} value sets, ${problems.length} problems`);
}
process.stderr.write('\n');
const personalizeSeconds = (performance.now() - personalizeStarted) / 1000;

const loopSeconds = (performance.now() - started) / 1000;
const hostile = checkHostileCorpus();
const escaped: Problem[] = [];
for (const text of corpus.escapedTexts) escaped.push(...(await checkEscapedText(text)));

// The email check on generated hostile HTML: CHECK_RUNS cases (default a tenth of NUM_RUNS).
const checkRuns = Number(process.env.CHECK_RUNS ?? Math.ceil(runs / 10));
const checkProblems: CheckInputProblem[] = [];
for (const [i, html] of fc.sample(hostileHtml, { numRuns: checkRuns, seed }).entries()) {
  checkProblems.push(...checkCheckInput(html));
  if (i % 50 === 0) process.stderr.write(`\r${i}/${checkRuns} hostile HTML inputs checked, ${checkProblems.length} problems`);
}
process.stderr.write('\n');

const count = (list: Problem[], ...kinds: Problem['kind'][]) => list.filter((p) => kinds.includes(p.kind)).length;
const all = [...problems, ...hostile.problems, ...escaped];
const lines = [
  `seed: ${seed}`,
  `runs: ${runs} generated issues (each valid and broken), ${figures.componentProps} component props, ${figures.fullRenders} full renders`,
  `crashes: ${count(all, 'crash')}`,
  `unnamed errors: ${count(all, 'unnamed-error')}`,
  `lost-content cases: ${count(all, 'lost-content')}`,
  `non-deterministic renders: ${count(all, 'nondeterministic')}`,
  `schema/render disagreements: ${count(all, 'disagreement')}`,
  `per-recipient values: ${personalized} value sets through personalize, personalizeBytes (utf8 and json) and copies(), ${personalizeRenders} against a full render (${personalizeSeconds.toFixed(1)} s)`,
  `hostile corpus: ${corpus.links.length} URLs as links, ${corpus.srcs.length} as image sources, ${corpus.refusedTexts.length + corpus.escapedTexts.length} texts; ${hostile.cases} cases, ${count([...hostile.problems, ...escaped], 'hostile-through')} through`,
  `checkEmail on generated hostile HTML: ${checkRuns} inputs, ${checkProblems.filter((p) => p.kind === 'crash').length} crashes, ${checkProblems.filter((p) => p.kind === 'hang').length} hangs`,
  `time: ${((performance.now() - started) / 1000).toFixed(1)} s (generated runs ${loopSeconds.toFixed(1)} s)`,
];
console.log(lines.join('\n'));
for (const p of [...all, ...checkProblems].slice(0, 20)) console.log(`- ${p.kind}: ${p.detail.slice(0, 600)}`);
process.exitCode = all.length === 0 && checkProblems.length === 0 ? 0 : 1;
