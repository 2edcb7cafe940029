/**
 * The email check fed generated hostile HTML: runs of the fragments that broke it before (deep
 * nesting, long words, brackets and escapes in CSS, comments, conditional comments), repeated up to
 * thousands of times and mixed. `checkEmail` must return findings for every one — never throw —
 * and within a time that grows with the input, not its square (HANG_MS per 100 KB).
 */
import fc from 'fast-check';
import { checkEmail } from '../../src/check';

const fragments = [
  '<table><tr><td>',
  '</td></tr></table>',
  '<div>',
  '</div>',
  '<a href="https://example.org/">',
  '</a>',
  '<p>',
  '<span style="color:#000;background:#fff">',
  '<span style="width:(',
  '">',
  'url(',
  'calc(',
  '(',
  ')',
  '<style>',
  '</style>',
  '.a\\:b{color:red}',
  '@media screen{',
  '}',
  '{',
  ':not(',
  '"',
  "'",
  '\\',
  '/*',
  '<!--[if mso]>',
  '<![endif]-->',
  '<!--',
  '-->',
  'aaaa',
  'a.',
  'a@',
  'b.',
  'straße ',
  'Amtsgericht ',
  'Registernummer ',
  'USt-IdNr. ',
  '12345 ',
  ' ',
  'Ä',
  '\u202e',
  '<img src="https://example.org/a.png" alt="">',
  '<h1>x</h1>',
];

export const hostileHtml = fc
  .array(fc.tuple(fc.constantFrom(...fragments), fc.integer({ min: 1, max: 3000 })), { minLength: 1, maxLength: 12 })
  .chain((runs) =>
    fc.constantFrom('bare', 'document').map((frame) => {
      const body = runs.map(([fragment, times]) => fragment.repeat(times)).join('');
      return frame === 'bare' ? body : `<!DOCTYPE html><html lang="de" dir="ltr"><head><title>x</title></head><body>${body}</body></html>`;
    }),
  );

export interface CheckInputProblem {
  kind: 'crash' | 'hang';
  detail: string;
}

const HANG_MS = Number(process.env.HANG_MS ?? 1500);

export function checkCheckInput(html: string): CheckInputProblem[] {
  const started = performance.now();
  try {
    const findings = checkEmail(html);
    if (!Array.isArray(findings)) return [{ kind: 'crash', detail: `checkEmail returned ${typeof findings}` }];
  } catch (error) {
    return [{ kind: 'crash', detail: `${(error as Error).name}: ${(error as Error).message} on ${html.length} characters: ${JSON.stringify(html.slice(0, 200))}` }];
  }
  const took = performance.now() - started;
  const budget = HANG_MS * Math.max(1, html.length / 100_000);
  return took > budget ? [{ kind: 'hang', detail: `${Math.round(took)} ms for ${html.length} characters: ${JSON.stringify(html.slice(0, 200))}` }] : [];
}
