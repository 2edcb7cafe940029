import { parse } from '@adobe/css-tools';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStylesheet } from '../../src/check/css';
import { isPlainRule, readPlainRule } from '../../src/check/plain-rule';

/**
 * `readPlainRule` must give exactly what css-tools gives for a plain rule read on its own: the
 * same nodes, selectors, declarations and positions. Rules are generated from pieces that make
 * css-tools take each of its paths: escapes (`\:`, `\}`, `\,`), brackets and commas inside them,
 * whitespace and line breaks everywhere, property hacks (`*zoom`, `color[x]`), empty and broken
 * declarations (`;;`, a name without a colon, `b c`), no selector, and `@` among the declarations
 * (which the reader leaves to css-tools).
 */

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

function locator(css: string) {
  const starts = [0];
  for (let i = css.indexOf('\n'); i !== -1; i = css.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset: number) => {
    let line = 0;
    while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
    return { line: line + 1, column: offset - starts[line]! + 1 };
  };
}

const space = fc.constantFrom('', '', ' ', '  ', '\n', ' \n  ', '\t', '\u00a0');
const selectorPart = fc.constantFrom('.a', '.a\\:b', 'td', '#x', '[data-x]', '[class~=c]', ':not(.b)', ':is(a, b)', '>', '+', ',', '\\,', '*', 'a:hover', '.n1', '\\31 0', 'ü', 'x\\(', '[title="a,b"]', "[x='{']", '[y="/*"]', '"');
const property = fc.constantFrom('color', 'background-color', '*zoom', 'color[x]', '-webkit-text-size-adjust', 'mso-line-height-rule', 'b', '--x', 'a\\:b', 'x\\');
const value = fc.constantFrom('red', '#fff', '0 calc(1px + 2px)', 'url(a.png)', 'url(a;b.png)', '100% !important', 'a\\;b', 'a\\}b', 'rgba(0, 0, 0, .5)', '', ':', 'x(y(z;w))', 'a, b', '"Arial", sans-serif', "'a;b}'", '"/*"', '"x\\"y"', 'url("a(b.png")', '"a\nb"', "'");
const declaration = fc.oneof(
  fc.tuple(property, space, space, value, space).map(([p, s1, s2, v, s3]) => `${p}${s1}:${s2}${v}${s3}`),
  fc.constantFrom('', ';', 'b c', 'b', '1x:y', '@x', '@media x', '@x y;', '@', '@ x;', '@x(a;b) c', '@page', '@pagex y', '@top-left x', '@-webkit-keyframes x', '@layer a', '@import url(a)', '@font-face', '@my-rule 1;', 'b\\}c:d', '::'),
);
const comments = fc.array(fc.tuple(fc.constantFrom('/* c */', '/**/', '/* { "x" } */'), space), { maxLength: 2 }).map((list) => list.map(([c, s]) => c + s).join(''));
const plainRule = fc
  .tuple(space, comments, fc.array(fc.tuple(selectorPart, space), { maxLength: 5 }), space, fc.array(fc.tuple(declaration, fc.constantFrom(';', '; ', ';\n', '')), { maxLength: 5 }), space)
  .map(([s0, c, selector, s1, declarations, s2]) => `${s0}${c}${selector.map(([part, s]) => part + s).join('')}${s1}{${declarations.map(([d, end]) => d + end).join('')}${s2}}`);

/** The index of the rule's block: the first `{` outside escapes, strings (to the line's end) and comments, as the stylesheet scan finds it. */
const openOf = (css: string) => {
  for (let i = 0; i < css.length; i++) {
    const char = css[i];
    if (char === '\\') i++;
    else if (char === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end === -1 ? css.length : end + 1;
    } else if (char === '"' || char === "'") {
      for (i++; i < css.length && css[i] !== char && css[i] !== '\n'; i++) if (css[i] === '\\') i++;
    } else if (char === '{') return i;
  }
  return -1;
};

describe('readPlainRule reads a plain rule as css-tools does', () => {
  it('gives css-tools’ nodes and positions, or leaves a rule with an @ to css-tools (property)', () => {
    let read = 0;
    let left = 0;
    let readWithAtRule = 0;
    let notPlain = 0;
    let readWithString = 0;
    let readWithComment = 0;
    fc.assert(
      fc.property(plainRule, (css) => {
        if (!isPlainRule(css, 0, openOf(css), css.length)) {
          notPlain++;
          return;
        }
        const nodes = readPlainRule(css, 0, openOf(css), css.length, locator(css));
        if (nodes === undefined) {
          left++;
          expect(css).toContain('@');
          return;
        }
        read++;
        if (/\{[^}]*@[-\w]/.test(css)) readWithAtRule++;
        if (/["']/.test(css)) readWithString++;
        if (css.includes('/*')) readWithComment++;
        expect(json(nodes)).toEqual(json(parse(css, { silent: true }).stylesheet.rules));
      }),
      { numRuns: 3000 },
    );
    // The property covers the reader, not only the hand-over to css-tools.
    expect(read).toBeGreaterThan(1000);
    expect(left).toBeGreaterThan(300);
    expect(readWithAtRule).toBeGreaterThan(100);
    expect(readWithString).toBeGreaterThan(300);
    expect(readWithComment).toBeGreaterThan(300);
  });

  it.each([
    ['.a\\:b{color:red}', 1],
    ['  .a , td > b:not(.c)\n{\n  color : red ;;\n  *zoom:1;background:url(a.png) !important}', 1],
    ['{color:red}', 0],
    ['.a{b c}', 1],
    ['.a{x}', 1],
    ['.a{color:red;b c}', 1],
    ['.a{b\\}c:d}', 1],
  ])('%s', (css, count) => {
    const nodes = readPlainRule(css, 0, openOf(css), css.length, locator(css));
    expect(nodes).toHaveLength(count);
    expect(json(nodes)).toEqual(json(parse(css, { silent: true }).stylesheet.rules));
  });

  it('a broken rule keeps to itself in a stylesheet, as in a browser (css-tools alone would read on into the next selector)', () => {
    const css = '.a{b c}.d{color:red}';
    const rules = readStylesheet(css).sheet.stylesheet.rules;
    expect(rules.map((rule) => ('selectors' in rule ? rule.selectors : rule.type))).toEqual([['.a'], ['.d']]);
    expect(json(rules[1])).toMatchObject({ declarations: [{ property: 'color', value: 'red' }] });
  });

  it('a stylesheet of well-formed plain rules and @media blocks reads as css-tools reads it whole, line breaks and all (property)', () => {
    // Well-formed: every string closes on its line.
    const closedSelectorPart = selectorPart.filter((part) => part !== '"');
    const closedValue = value.filter((v) => v !== "'" && !v.includes('\n'));
    const wellFormed = fc
      .tuple(space, fc.array(fc.tuple(closedSelectorPart, space), { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(property, space, closedValue), { maxLength: 4 }), space)
      .map(([s0, selector, declarations, s1]) => `${s0}x${selector.map(([part, s]) => part + s).join('')}{${declarations.map(([p, s, v]) => `${p}:${s}${v}`).join(';')}${s1}}`);
    fc.assert(
      fc.property(fc.array(fc.tuple(wellFormed, fc.constantFrom('', '', '@media (max-width: 600px)', '@media screen and (prefers-color-scheme: dark) ', '@mediaprint')), { minLength: 1, maxLength: 60 }), (rules) => {
        // Some rules inside @media blocks of their own, which are read as css-tools reads them.
        const css = rules.map(([rule, media]) => (media ? `${media}{${rule}}\n` : rule)).join('');
        expect(json(readStylesheet(css).sheet.stylesheet.rules)).toEqual(json(parse(css, { silent: true }).stylesheet.rules));
      }),
      { numRuns: 500 },
    );
  });
});
