import { cssRules } from '../scheme';
import { defineRule } from '../rule';
import type { Finding } from '../types';

export const darkModeStyles = defineRule({
  id: 'dark-mode-styles',
  severity: 'warning',
  description:
    'An `@media (prefers-color-scheme: dark)` block and Outlook.com `[data-ogsc]`/`[data-ogsb]` rules exist.',
  clients: 'Apple Mail, Outlook macOS, Outlook.com, Samsung Email.',
  source: 'https://www.caniemail.com/features/css-at-media-prefers-color-scheme/ (note 3 for Outlook.com)',
  check(doc, { report }) {
    const rules = cssRules(doc);
    const findings: Finding[] = [];
    if (!rules.some((rule) => rule.atRules.some((atRule) => /prefers-color-scheme\s*:\s*dark/i.test(atRule)))) {
      findings.push(report('no @media (prefers-color-scheme: dark) rules'));
    }
    if (!rules.some((rule) => rule.selectors.some((selector) => /\[data-og[sa][cb]\]/i.test(selector)))) {
      findings.push(report('no Outlook.com [data-ogsc]/[data-ogsb] dark-mode rules'));
    }
    return findings;
  },
});
