import { readFileSync } from 'node:fs';
import type { Finding } from '../../src/check';

/** The known-clean document: every rule passes. Each hostile fixture is one small mutation of it. */
export const clean = readFileSync(new URL('./fixtures/clean.html', import.meta.url), 'utf8');

/**
 * Applies replacements to the clean fixture. Each `from` must occur exactly once, so that a
 * fixture cannot silently stay clean when the clean document changes.
 */
export function mutate(...replacements: [from: string | RegExp, to: string | ((match: string) => string)][]): string {
  let html = clean;
  for (const [from, to] of replacements) {
    const count = typeof from === 'string' ? html.split(from).length - 1 : [...html.matchAll(new RegExp(from.source, `${from.flags.replace('g', '')}g`))].length;
    if (count !== 1) throw new Error(`mutation target ${String(from)} occurs ${count} times, expected once`);
    html = typeof to === 'string' ? html.replace(from, to) : html.replace(from, to);
  }
  return html;
}

/** `rule:severity` pairs, sorted and without repeats: what a fixture is expected to raise. */
export function kinds(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => `${f.rule}:${f.severity}`))].sort();
}
