import { excerptOf } from '../document';
import { defineRule } from '../rule';
import type { Finding } from '../types';

/** `h1`…`h6`, by character code: this runs for every element of the body. */
function isHeading(name: string): boolean {
  if (name.length !== 2 || name.charCodeAt(0) !== 104) return false;
  const level = name.charCodeAt(1);
  return level >= 49 && level <= 54;
}

export const a11yHeadings = defineRule({
  id: 'a11y-headings',
  severity: 'error',
  description:
    'Exactly one `<h1>`; heading levels never skip on the way down (the first heading is an `<h1>`).',
  clients: 'Screen-reader navigation by headings.',
  source: 'WCAG 1.3.1, 2.4.6',
  check(doc, { report }) {
    const headings = doc.elements.inBody.filter((element) => isHeading(element.name));
    const findings: Finding[] = [];
    const h1Count = headings.filter((heading) => heading.name === 'h1').length;
    if (h1Count !== 1) findings.push(report(`${h1Count} <h1> elements; exactly one is needed`));
    let previous = 0;
    for (const heading of headings) {
      const level = Number(heading.name.slice(1));
      if (level > previous + 1) {
        findings.push(report(`<${heading.name}> follows ${previous === 0 ? 'no heading' : `<h${previous}>`}: heading levels skip`, { excerpt: excerptOf(doc.$, heading) }));
      }
      previous = level;
    }
    return findings;
  },
});
