import { describe, expect, it } from 'vitest';
import { checkEmail, EmailCheckError, renderAndCheck, ruleTable, type CustomRule } from '../../src/check';
import { exampleIssues } from '../support/issues';
import { clean, mutate } from './helpers';

const P1 = '<p style="margin:0 0 16px;font-size:16px;line-height:24px">Liebe Leserinnen';
const withOpacity = mutate([P1, P1.replace('margin:0 0 16px;', 'margin:0 0 16px;opacity:0.9;')]);

describe('CheckOptions.allowlist', () => {
  it('excuses caniemail errors the caller vouches for, and only those', () => {
    expect(checkEmail(withOpacity).filter((f) => f.rule === 'client-support')).toHaveLength(3);
    const findings = checkEmail(withOpacity, {
      allowlist: [{ title: 'opacity', clients: ['outlook.windows'], reason: 'The faded paragraph reads the same at full opacity in Outlook.' }],
    });
    expect(findings.map((f) => f.client).sort()).toEqual(['gmx.desktop-webmail', 'web-de.desktop-webmail']);
  });
});

describe('CheckOptions.rules', () => {
  const noExclamations: CustomRule = {
    id: 'house-style-exclamation',
    severity: 'warning',
    description: 'Headlines do not end with an exclamation mark.',
    clients: 'All readers',
    source: 'House style',
    check: (html, { report }) => [...html.matchAll(/<h[12][^>]*>([^<]*!)<\/h[12]>/g)].map((match) => report(`headline "${match[1]}" ends with "!"`)),
  };

  it('runs the caller\'s rules after the built-in ones, with their id and severity', () => {
    expect(checkEmail(clean, { rules: [noExclamations] })).toEqual([]);
    const shouting = mutate(['>Rechenzentren in der Krise</h2>', '>Rechenzentren in der Krise!</h2>']);
    expect(checkEmail(shouting, { rules: [noExclamations] })).toEqual([
      { rule: 'house-style-exclamation', severity: 'warning', message: 'headline "Rechenzentren in der Krise!" ends with "!"' },
    ]);
  });

  it('refuses a rule that takes a built-in id or repeats one', () => {
    expect(() => checkEmail(clean, { rules: [{ ...noExclamations, id: 'impressum' }] })).toThrow(/options\.rules\[0\] uses the id "impressum" of a built-in rule/);
    expect(() => checkEmail(clean, { rules: [noExclamations, noExclamations] })).toThrow(/options\.rules\[1\] repeats the id "house-style-exclamation"/);
  });
});

describe('ruleTable', () => {
  it('lists every built-in rule once, with the contrast, legal-footer, dark-mode-swap, check-readable and web-font rules', () => {
    expect(ruleTable).toHaveLength(39);
    expect(ruleTable.map((rule) => rule.id)).toEqual(expect.arrayContaining(['a11y-contrast', 'legal-footer', 'dark-mode-swap', 'check-readable', 'web-font']));
    for (const rule of ruleTable) expect(Object.keys(rule)).not.toContain('check');
  });
});

describe('renderAndCheck', () => {
  it('returns html, text and findings; the example issues check clean', async () => {
    for (const { name, element } of await exampleIssues()) {
      const result = await renderAndCheck(element(), { level: 'strict' });
      expect(result.findings, name).toEqual([]);
      expect(result.html).toContain('<html');
      expect(result.text.length).toBeGreaterThan(500);
    }
  });

  it('throws EmailCheckError on errors when strict, returns them when soft', async () => {
    const [issue] = await exampleIssues();
    if (!issue) throw new Error('no example issue');
    const tiny = { sizeBudget: { error: 1_000, warning: 500 } };
    const soft = await renderAndCheck(issue.element(), { level: 'soft', check: tiny });
    expect(soft.findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(['gmail-size:error']);
    const error = await renderAndCheck(issue.element(), { level: 'strict', check: tiny }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EmailCheckError);
    expect((error as EmailCheckError).findings).toEqual(soft.findings);
  });
});

describe('any HTML', () => {
  it('judges a fragment without <html>/<body> as an email body', () => {
    const findings = checkEmail('<p style="font-size:16px">Hallo <a href="https://shop.example/unsubscribe" style="color:#0b4f8a">Abmelden</a></p>');
    const rules = new Set(findings.map((f) => f.rule));
    for (const rule of ['a11y-title', 'a11y-lang-dir', 'a11y-headings', 'legal-footer']) expect(rules).toContain(rule);
    expect(rules).not.toContain('unsubscribe-link');
    expect(rules).not.toContain('a11y-contrast');
  });
});
