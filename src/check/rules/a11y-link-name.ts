import { accessibleName, excerptOf, isHidden } from '../document';
import { defineRule } from '../rule';
import type { Finding } from '../types';

const vagueLinkNames = new Set([
  'hier',
  'mehr',
  'weiter',
  'weiterlesen',
  'weiter lesen',
  'mehr lesen',
  'mehr erfahren',
  'hier klicken',
  'klicken sie hier',
  'klicken sie bitte hier',
  'link',
  'here',
  'more',
  'read more',
  'learn more',
  'click here',
  // Arabic: here, more, read more, click here, details.
  'هنا',
  'المزيد',
  'اقرأ المزيد',
  'للمزيد',
  'اضغط هنا',
  'انقر هنا',
  'التفاصيل',
  // Hebrew: here, more, read more, click here.
  'כאן',
  'עוד',
  'קרא עוד',
  'קראו עוד',
  'לחץ כאן',
  'לחצו כאן',
]);

export function normalizeLinkName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

export const a11yLinkName = defineRule({
  id: 'a11y-link-name',
  severity: 'error',
  description:
    'Every visible link has an accessible name (aria-label, else its text without display:none parts, else its images\' alt) and that name is not only a vague phrase such as "hier", "Mehr…", "weiterlesen", "klicken Sie hier", "here", "read more", "click here", "more", the Arabic "هنا", "اقرأ المزيد", "انقر هنا" or the Hebrew "כאן", "קרא עוד", "לחצו כאן" (case and punctuation ignored).',
  clients: 'Screen readers list links out of context.',
  source: 'WCAG 2.4.4 (link purpose); German, Arabic and Hebrew phrases added because checkers ship only English lists',
  check(doc, { report }) {
    const findings: Finding[] = [];
    for (const link of doc.elements.namedInBody('a')) {
      if (link.attribs['href'] === undefined) continue;
      if (isHidden(link)) continue;
      const name = accessibleName(doc.$, link);
      if (!name) findings.push(report('link without accessible name (no text, aria-label or image alt)', { excerpt: excerptOf(doc.$, link) }));
      else if (vagueLinkNames.has(normalizeLinkName(name))) findings.push(report(`link named only "${name}": say where it goes (e.g. aria-label with the headline)`, { excerpt: excerptOf(doc.$, link) }));
    }
    return findings;
  },
});
