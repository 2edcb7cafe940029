import type { EmailDocument } from '../document';
import { finding } from '../finding';
import type { CheckOptions, Finding } from '../types';

export const DEFAULT_SIZE_BUDGET = { error: 102_000, warning: 90_000 } as const;

const utf8 = new TextEncoder();

export function byteLength(text: string): number {
  return utf8.encode(text).length;
}

export function checkSize(doc: EmailDocument, budget: CheckOptions['sizeBudget'] = {}): Finding[] {
  const errorAt = budget.error ?? DEFAULT_SIZE_BUDGET.error;
  const warningAt = budget.warning ?? DEFAULT_SIZE_BUDGET.warning;
  const bytes = byteLength(doc.html);
  const size = `${bytes.toLocaleString('en')} bytes of HTML`;
  if (bytes >= errorAt) {
    return [finding('gmail-size', `${size} (limit ${errorAt.toLocaleString('en')}): Gmail clips the message`)];
  }
  if (bytes >= warningAt) {
    return [
      finding('gmail-size', `${size}: close to Gmail's clipping limit (warning from ${warningAt.toLocaleString('en')})`, {
        severity: 'warning',
      }),
    ];
  }
  return [];
}
