import { cssRules, lightDark, metaContent } from '../scheme';
import { defineRule } from '../rule';
import type { Finding } from '../types';

export const darkModeMeta = defineRule({
  id: 'dark-mode-meta',
  severity: 'warning',
  description:
    'The document opts into dark mode consistently: `<meta name="color-scheme" content="light dark">`, `<meta name="supported-color-schemes" content="light dark">` and a `:root { color-scheme: light dark }` rule.',
  clients: 'Apple Mail, Outlook macOS, Thunderbird honour them; without them those clients invert or keep light. Missing dark mode is not broken, so a warning.',
  source: 'https://www.caniemail.com/features/html-meta-color-scheme/ and css-color-scheme',
  check(doc, { report }) {
    const findings: Finding[] = [];
    if (!lightDark(metaContent(doc, 'color-scheme'))) findings.push(report('no <meta name="color-scheme" content="light dark">'));
    if (!lightDark(metaContent(doc, 'supported-color-schemes'))) findings.push(report('no <meta name="supported-color-schemes" content="light dark">'));
    const rootRule = cssRules(doc).some(
      (rule) =>
        rule.atRules.length === 0 &&
        rule.selectors.some((selector) => selector.trim() === ':root') &&
        rule.declarations.some((declaration) => declaration.property === 'color-scheme' && lightDark(declaration.value)),
    );
    if (!rootRule) findings.push(report('no :root { color-scheme: light dark } rule in <style>'));
    return findings;
  },
});
