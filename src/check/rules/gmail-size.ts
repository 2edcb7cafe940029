import { byteLength } from '../bytes';
import { defineRule } from '../rule';

/** Gmail clips a message whose HTML part is over about 102 KB. */
export const DEFAULT_SIZE_BUDGET = { error: 102_000, warning: 90_000 } as const;

export const gmailSize = defineRule({
  id: 'gmail-size',
  severity: 'error',
  alsoWarns: 'from 90,000 bytes (both limits configurable with `sizeBudget`)',
  description:
    'The HTML is at most 102,000 bytes of UTF-8.',
  clients: 'Gmail (web and apps) clips larger messages behind "[Message clipped]"; sending services add bytes when they rewrite links.',
  source: 'Gmail clips at about 102 KB (102 KiB is the usual figure).',
  check(doc, { options, report }) {
    const errorAt = options.sizeBudget?.error ?? DEFAULT_SIZE_BUDGET.error;
    const warningAt = options.sizeBudget?.warning ?? DEFAULT_SIZE_BUDGET.warning;
    const bytes = byteLength(doc.html);
    const size = `${bytes.toLocaleString('en')} bytes of HTML`;
    if (bytes >= errorAt) return [report(`${size} (limit ${errorAt.toLocaleString('en')}): Gmail clips the message`)];
    if (bytes >= warningAt) {
      return [report(`${size}: close to Gmail's clipping limit (warning from ${warningAt.toLocaleString('en')})`, { severity: 'warning' })];
    }
    return [];
  },
});
