import { clientName } from './clients';
import type { Finding } from './types';

/** One block per finding, errors first, then a count: for error messages and the CLI. */
export function formatFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No findings.';
  const ordered = [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity === 'warning')];
  const lines = ordered.map((f) => {
    const client = f.client ? ` [${clientName(f.client)}]` : '';
    const head = `${f.severity === 'error' ? 'error  ' : 'warning'}  ${f.rule}${client}: ${f.message}`;
    return f.excerpt ? `${head}\n           at ${f.excerpt.replace(/\s+/g, ' ')}` : head;
  });
  const errors = ordered.filter((f) => f.severity === 'error').length;
  const warnings = ordered.length - errors;
  return `${lines.join('\n')}\n${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}
