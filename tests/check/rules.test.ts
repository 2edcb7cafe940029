import { describe, expect, it } from 'vitest';
import { checkEmail, ruleTable } from '../../src/check';
import { ruleCases } from './cases';
import { clean, kinds } from './helpers';

describe('the clean fixture', () => {
  it('passes every rule with no finding of any severity', () => {
    expect(checkEmail(clean)).toEqual([]);
  });
});

describe.each(ruleTable.map((rule) => rule.id))('rule %s', (id) => {
  const cases = ruleCases.filter((c) => c.rule === id);

  it('has a hostile fixture that raises it', () => {
    expect(cases.some((c) => c.expect.some((kind) => kind.startsWith(`${id}:`)))).toBe(true);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const findings = checkEmail(c.html, c.options);
    expect(kinds(findings), JSON.stringify(findings, null, 2)).toEqual([...c.expect].sort());
  });
});
