import { excerptOf, MAX_DEPTH } from '../document';
import { inlineStyleProblem, readStylesheet } from '../css';
import { defineRule } from '../rule';
import type { Finding } from '../types';

export const checkReadable = defineRule({
  id: 'check-readable',
  severity: 'error',
  alsoWarns: 'when elements nest deeper than 512: they are read side by side at that depth, as Chromium reads them',
  description:
    'The check can read the whole email: every `<style>` and `style` attribute nests brackets at most 32 deep and has no single rule over 16 KB, and no rule fails on the markup. CSS beyond that is not judged by the other rules; whatever a rule cannot finish is reported here by name instead of ending the check. Elements nested deeper than 512 are read as Chromium reads them, side by side at that depth.',
  clients: 'Hostile or broken input; mail clients\' CSS parsers give up on such CSS as well (Gmail drops a `<style>` over 16 KB).',
  source: 'Limits of this check, chosen far above any real email',
  check(doc, { report }) {
    const findings: Finding[] = [];
    if (doc.nestedDepth !== undefined) {
      findings.push(report(`elements nest deeper than ${MAX_DEPTH}: the check reads what lies deeper side by side at that depth, as Chromium does; the layout will not hold in browsers or webmails either`, { severity: 'warning' }));
    }
    for (const [index, style] of doc.styles.entries()) {
      const { problem } = readStylesheet(style.css);
      if (problem) findings.push(report(`<style> number ${index + 1} is not checked: ${problem}`, { excerpt: excerptOf(doc.$, style.element) }));
    }
    let count = 0;
    let first: { problem: string; excerpt: string } | undefined;
    for (const element of doc.elements.all) {
      const problem = inlineStyleProblem(element.attribs['style']);
      if (problem) {
        count += 1;
        first ??= { problem, excerpt: excerptOf(doc.$, element) };
      }
    }
    if (first) findings.push(report(`${count} style attribute(s) not checked, the first: ${first.problem}`, { excerpt: first.excerpt }));
    return findings;
  },
});
