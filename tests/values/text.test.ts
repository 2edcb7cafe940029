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
      'contains U+0000 (NUL) at character 2: control characters (other than tab and line ends) and bidi override characters are not allowed; remove it, or write a line break as a new line and right-to-left text without overrides (Unicode reads "مرحبا 2024" in order by itself; an LRM/RLM mark may set a number\'s side)',
    );
    expect(findForbiddenCharacter('x\ud800')?.name).toBe('U+D800 (lone surrogate)');
  });
  it('reads CRLF and a lone CR as a newline, and keeps soft hyphens, joiners, direction marks, quotes and no-break spaces', () => {
    expect(text.parse('Absatz\r\nzwei\rdrei')).toBe('Absatz\nzwei\ndrei');
    const typed = 'Informations\u00adsicherheit 👩\u200d💻 \u200fرقمنة\u200f „Zitat“ 10\u00a0%';
    expect(text.parse(typed)).toBe(typed);
  });
  it('trims and refuses empty text', () => {
    expect(text.parse('  a  ')).toBe('a');
    expect(text.safeParse('   ').error?.issues[0]?.message).toBe('must not be empty: write the text as it should read, or leave out a field that is optional');
    expect(text.safeParse(undefined).error?.issues[0]?.message).toMatch(/^is required/);
  });
  it.each(hostileTexts.map((t) => [t.text, t.why, t.expect] as const))('%j (%s) is %s', (value, _why, expectation) => {
    expect(isPlainText(value)).toBe(expectation !== 'refused');
  });
});
