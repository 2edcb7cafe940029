import { describe, expect, it } from 'vitest';
import { findForbiddenCharacter, isPlainText, text } from '../../src/base/values';
import { hostileTexts } from '../fixtures/hostile';

describe('plain text', () => {
  it('allows tab, newline, right-to-left scripts, emoji and joiners', () => {
    for (const value of ['a\tb\nc', 'عربى עברית', '👩\u200d💻', 'Ünïcödé ß']) expect(isPlainText(value), value).toBe(true);
  });
  it('names the character and where it is', () => {
    expect(findForbiddenCharacter('Invoice \u202efdp.exe')).toEqual({ index: 8, name: 'U+202E (RIGHT-TO-LEFT OVERRIDE)' });
    expect(text.safeParse('a\u0000b').error?.issues[0]?.message).toBe(
      'contains U+0000 (NUL) at character 2: control characters (other than tab and newline) and bidi override characters are not allowed',
    );
    expect(findForbiddenCharacter('x\ud800')?.name).toBe('U+D800 (lone surrogate)');
  });
  it('trims and refuses empty text', () => {
    expect(text.parse('  a  ')).toBe('a');
    expect(text.safeParse('   ').error?.issues[0]?.message).toBe('must not be empty');
    expect(text.safeParse(undefined).error?.issues[0]?.message).toMatch(/^is required/);
  });
  it.each(hostileTexts.map((t) => [t.text, t.why, t.expect] as const))('%j (%s) is %s', (value, _why, expectation) => {
    expect(isPlainText(value)).toBe(expectation !== 'refused');
  });
});
