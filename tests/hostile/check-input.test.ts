import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@adobe/css-tools';
import { describe, expect, it } from 'vitest';
import { checkEmail } from '../../src/check';
import { readStylesheet } from '../../src/check/css';
import { emailInText, hasEmailAddress, looksLikeStreet } from '../../src/base/legal';
import { checkShapes } from './check-shapes';

/**
 * The email check on hostile input: every adversarial shape, at a size the unit tests afford
 * (the 1 MB timings are `bench/hostile-check.bench.ts`), ends in findings — never a thrown
 * `RangeError` or "Too many escaping" — and the legal patterns find what they found before.
 */
const root = join(import.meta.dirname, '..', '..');

describe('checkEmail on adversarial shapes', () => {
  it.each(checkShapes.map((shape) => [shape.name, shape] as const))('%s: findings, no exception', (_name, shape) => {
    const findings = checkEmail(shape.make(30_000));
    expect(Array.isArray(findings)).toBe(true);
    // Whatever the check could not read is a named finding, never a crash.
    for (const finding of findings.filter((f) => f.rule === 'check-readable')) expect(finding.message).not.toMatch(/RangeError|Maximum call stack|Too many escaping/);
  });

  it('reads a thousand nested tables (with a warning), and twenty thousand <style> elements', () => {
    const nested = `<!DOCTYPE html><html lang="de" dir="ltr"><head><title>x</title></head><body>${'<table role="presentation"><tr><td>'.repeat(1000)}Text${'</td></tr></table>'.repeat(1000)}</body></html>`;
    const findings = checkEmail(nested);
    expect(findings.filter((f) => f.rule === 'check-readable')).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('deeper than 512') })]);
    const styles = checkEmail(`<html><head>${'<style>.a\\:b{color:red}</style>'.repeat(20_000)}</head><body>x</body></html>`);
    expect(styles.some((f) => f.rule === 'style-size')).toBe(true);
    expect(styles.filter((f) => f.rule === 'check-readable')).toEqual([]);
  });

  it('long runs of ( url( calc( in a style attribute and in <style> are findings naming the depth', () => {
    for (const run of ['(', 'url(', 'calc(']) {
      const inline = checkEmail(`<html><body><p style="width:${run.repeat(20_000)}">x</p></body></html>`);
      expect(inline.find((f) => f.rule === 'check-readable')?.message).toMatch(/style attribute\(s\) not checked, the first: brackets nested 20001 deep/);
      const sheet = checkEmail(`<html><head><style>a{width:${run.repeat(20_000)}}</style></head><body>x</body></html>`);
      expect(sheet.find((f) => f.rule === 'check-readable')?.message).toMatch(/<style> number 1 is not checked: brackets nested 20001 deep/);
    }
  });
});

describe('the CSS reader gives css-tools bounded pieces and gets the same tree', () => {
  const stylesheets = [
    ...['branchenticker-05.html', 'civic-digest-12.html', 'branchenticker-05-compact.html'].flatMap((file) =>
      [...readFileSync(join(root, 'tests', 'snapshots', file), 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!),
    ),
    ...[...readFileSync(join(root, 'tests', 'check', 'fixtures', 'clean.html'), 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!),
    // Every kind of top-level piece, and a big @media block whose inner rules are read in pieces.
    [
      '@charset "utf-8";',
      '@import url("x.css") screen;',
      '/* a comment with { braces } and "quotes" */',
      '.a\\:b, .c[data-x="}"] { color: red; background: url("a;b.png") }',
      `@media (max-width: 600px) {\n${Array.from({ length: 80 }, (_, i) => `  .col-${i} { width: 100% !important; /* ${i} */ padding: 0 calc(${i}px + 1em) }`).join('\n')}\n}`,
      '@font-face { font-family: "X"; src: url(x.woff) }',
      `@supports (display: grid) { @media screen { ${'.g{display:grid}'.repeat(100)} } }`,
      ':root { color-scheme: light dark; }',
      '[data-ogsc] .x { color: #fff }',
    ].join('\n'),
    // Plain rules only, read a quarter kilobyte at a time.
    Array.from({ length: 120 }, (_, i) => `.n${i}\\:hover, td[class~=c${i}] > a:not(.x) {\n  width: calc(${i}% - 2px);\n  background: url(i${i}.png) }`).join('\n'),
    // An unclosed bracket before plain rules: the parser reads past it into them, so their group is read as one, as before.
    'a(b{c:d}.x\\:y{padding:0 !important}a{color:red} \n.q{a:b}.x\\:y{padding:0 !important}a{color:red}td[class=x]{width:calc(100% - 2px)}.a\\{b{c:d}td[class=x]{width:calc(100% - 2px)} \n.q{a:b}a{color:red}.a\\{b{c:d}p{}p{}a{color:red}x{y:url(a.png)}a{b:(c)d)}.a\\{b{c:d}',
  ];

  it.each(stylesheets.map((css, i) => [i, css] as const))('stylesheet %i', (_i, css) => {
    const whole = parse(css, { silent: true });
    const pieces = readStylesheet(css);
    expect(pieces.problem).toBeUndefined();
    expect(JSON.parse(JSON.stringify(pieces.sheet.stylesheet.rules))).toEqual(JSON.parse(JSON.stringify(whole.stylesheet.rules)));
  });
});

describe('the Impressum patterns stay linear and find what they should', () => {
  it('finds addresses inside text, streets on their line', () => {
    for (const text of ['redaktion@vitako.de', 'Mail: a.b+c@sub.example.org.', '<x-y@example-domain.eu>']) expect(emailInText.test(text), text).toBe(true);
    for (const text of ['a@b', 'name at example dot org', '@example.org']) expect(emailInText.test(text), text).toBe(false);
    for (const text of ['Charlottenstr. 65', 'Unter den Linden 5', 'Musterstraße 12-14']) expect(looksLikeStreet(text), text).toBe(true);
  });

  it('reads addresses from each @ as the pattern finds them anywhere', () => {
    // Seeded strings of the characters that matter around an address; both readings must agree on each.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = ['a', 'Z', '1', '_', '.', '-', '+', '@', ' ', 'ä', 'de', 'org', '\n', '@@', 'x.y'];
    const texts = ['redaktion@vitako.de', 'Mail: a.b+c@sub.example.org.', '<x-y@example-domain.eu>', 'a@b', '@example.org', 'a@b.c', 'a@b.cd', 'a@b.cdé', 'a@b.cd_', 'ä@b.de'];
    for (let i = 0; i < 5000; i++) texts.push(Array.from({ length: 1 + Math.floor(random() * 24) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    const found = texts.filter((text) => emailInText.test(text));
    expect(found.length).toBeGreaterThan(100);
    for (const text of texts) expect(hasEmailAddress(text), JSON.stringify(text)).toBe(emailInText.test(text));
  });
});
