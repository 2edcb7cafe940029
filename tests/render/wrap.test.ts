import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEXT_WIDTH, wrapLine, wrapText } from '../../src/text';

/** The plain greedy wrap, word by word, that `wrapLine` must equal (it does it with indices). */
function wrapWords(line: string): string {
  if (line.length <= TEXT_WIDTH) return line;
  let out = '';
  let current = '';
  for (const word of line.split(' ')) {
    if (current === '') current = word;
    else if (current.length + 1 + word.length <= TEXT_WIDTH) current += ' ' + word;
    else {
      out += current + '\n';
      current = word;
    }
  }
  return out + current;
}

describe('wrapLine', () => {
  it('breaks at the last space that keeps a line within the width', () => {
    const line = `${'a'.repeat(70)} ${'b'.repeat(7)} ${'c'.repeat(10)}`;
    expect(wrapLine(line)).toBe(`${'a'.repeat(70)} ${'b'.repeat(7)}\n${'c'.repeat(10)}`);
  });

  it('never splits a word longer than the width, and gives it a line of its own', () => {
    const url = `https://example.org/${'x'.repeat(90)}`;
    expect(wrapLine(`Mehr: ${url} danach`)).toBe(`Mehr:\n${url}\ndanach`);
  });

  it('equals the word-by-word greedy wrap on any line', () => {
    const word = fc.oneof(fc.constantFrom('', ' ', 'x'), fc.string({ unit: fc.constantFrom('a', 'ä', ' ', '-'), maxLength: 90 }));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), (words) => {
        const line = words.join(' ');
        expect(wrapLine(line)).toBe(wrapWords(line));
      }),
      { numRuns: 3000 },
    );
  });

  it('wraps every line of a text on its own', () => {
    const long = 'wort '.repeat(30).trim();
    expect(wrapText(`kurz\n${long}\n\nende`)).toBe(`kurz\n${wrapWords(long)}\n\nende`);
  });
});
