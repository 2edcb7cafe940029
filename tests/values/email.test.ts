import { describe, expect, it } from 'vitest';
import { emailAddress, isEmailAddress } from '../../src/base/values';

describe('e-mail address', () => {
  it.each(['redaktion@vitako.de', 'a.b+c@mail.example.org', "o'brien@example.ie", 'info@bücher.example', 'x@xn--bcher-kva.example'])('accepts %s', (v) =>
    expect(isEmailAddress(v)).toBe(true),
  );
  it.each([
    'redaktion@acme.example?cc=someone@else.example',
    'redaktion#x@acme.example',
    'a@b',
    'a@@b.example',
    '@b.example',
    'a@b.example.',
    'a b@c.example',
    'a..b@c.example',
    '%61@b.example',
    'a@b.example\n',
  ])('refuses %j', (v) => expect(isEmailAddress(v)).toBe(false));

  it('is linear: a 40 KB address that defeats a backtracking pattern is refused at once', () => {
    const hostile = ['a@' + 'a.'.repeat(20_000) + ' ', 'a'.repeat(40_000) + '@', '@'.repeat(40_000), 'a@' + 'a-'.repeat(20_000)];
    for (const value of hostile) {
      const started = performance.now();
      expect(isEmailAddress(value)).toBe(false);
      // Not a timing assertion on the machine's speed: a quadratic check takes seconds here.
      expect(performance.now() - started).toBeLessThan(250);
    }
  });

  it('says what it expects', () => {
    expect(emailAddress.safeParse('a?b@c.example').error?.issues[0]?.message).toMatch(/^must be a plain e-mail address .*got "a\?b@c.example"$/);
    expect(emailAddress.safeParse(undefined).error?.issues[0]?.message).toMatch(/^is required: an e-mail address/);
  });
});
