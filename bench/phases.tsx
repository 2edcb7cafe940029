import { renderToString } from 'react-dom/server';
import { performance } from 'node:perf_hooks';
import * as kit from '../src';
import { issueSchema } from '../src/issue/schema';
import { validateProps } from '../src/base/fields';
import { finishHtml } from '../src/render/postprocess';
import { toUnwrappedText, wrapText } from '../src/render/text';
import { neutralizeDelimiters } from '../src/merge/neutralize';
import { assertNoPlaceholders } from '../src/merge/template';
import { branchenticker05 as seed } from '../emails/fixtures/branchenticker-05';
const N = 400;
function time(label: string, fn: () => unknown) {
  for (let i = 0; i < 100; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < N; i++) { const s = performance.now(); fn(); t.push(performance.now() - s); }
  t.sort((a, b) => a - b);
  console.log(label.padEnd(24), t[N >> 1]!.toFixed(3), 'ms');
}
const markup = renderToString(<kit.Issue data={seed} />);
const neutral = neutralizeDelimiters(markup);
const text = toUnwrappedText(neutral);
const html = finishHtml(neutral);
time('validate', () => validateProps('Issue', issueSchema, seed));
time('renderToString', () => renderToString(<kit.Issue data={seed} />));
time('neutralize', () => neutralizeDelimiters(markup));
time('finishHtml', () => finishHtml(neutral));
time('toUnwrappedText', () => toUnwrappedText(neutral));
time('wrapText', () => wrapText(text));
time('assertNoPlaceholders', () => assertNoPlaceholders(html));
const ren = async () => kit.renderEmail(<kit.Issue data={seed} />);
for (let i = 0; i < 100; i++) await ren();
const t: number[] = [];
for (let i = 0; i < N; i++) { const s = performance.now(); await ren(); t.push(performance.now() - s); }
t.sort((a, b) => a - b); console.log('renderEmail'.padEnd(24), t[N >> 1]!.toFixed(3));
