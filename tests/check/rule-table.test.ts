import { describe, expect, it } from 'vitest';
import { ruleTable } from '../../src/check';
import { ruleCases } from './cases';

describe('ruleTable', () => {
  it('has unique kebab-case ids', () => {
    const ids = ruleTable.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(ruleTable.map((rule) => [rule.id, rule] as const))('%s says what, for whom and why', (_id, rule) => {
    expect(rule.description.length).toBeGreaterThan(20);
    expect(rule.clients.length).toBeGreaterThan(3);
    expect(rule.source.length).toBeGreaterThan(3);
    expect(['error', 'warning']).toContain(rule.severity);
  });

  it('covers every rule id the fixtures expect', () => {
    const ids = new Set<string>(ruleTable.map((rule) => rule.id));
    for (const kind of ruleCases.flatMap((c) => c.expect)) expect(ids.has(kind.split(':')[0] ?? '')).toBe(true);
  });
});
