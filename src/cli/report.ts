/** Exit codes: the worst outcome of any file decides. */
export const Exit = { ok: 0, checkErrors: 1, invalid: 2 } as const;
export type Exit = (typeof Exit)[keyof typeof Exit];

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface Outcome {
  file: string;
  exit: Exit;
}

export const bytes = (s: string) => `${Buffer.byteLength(s).toLocaleString('en')} bytes`;

export function indent(text: string, by = '  '): string {
  return text.replace(/^(?=.)/gm, by);
}

/** One line per failing file and the totals; printed when more than one file was given or any failed. */
export function summary(outcomes: Outcome[], verb: string): string {
  const count = (exit: Exit) => outcomes.filter((o) => o.exit === exit).length;
  const failed = outcomes.filter((o) => o.exit !== Exit.ok);
  const lines = [
    `${outcomes.length} file${outcomes.length === 1 ? '' : 's'}: ${count(Exit.ok)} ${verb}, ${count(Exit.checkErrors)} with check errors, ${count(Exit.invalid)} invalid`,
    ...failed.map((o) => `  ${o.exit === Exit.invalid ? 'invalid' : 'check errors'}: ${o.file}`),
  ];
  return lines.join('\n');
}

export function worst(outcomes: Outcome[]): Exit {
  return outcomes.reduce<Exit>((max, o) => (o.exit > max ? o.exit : max), Exit.ok);
}

/**
 * Whether a file's findings fail it: at `strict`, any error, or more warnings than
 * `--max-warnings` allows (CI passes 0 so that a new warning is seen, not scrolled past).
 */
export function checkFailure(findings: readonly { severity: string }[], level: string, maxWarnings: number | undefined): string | undefined {
  if (level !== 'strict') return undefined;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (errors > 0) return `the check found ${errors} error(s)`;
  if (maxWarnings !== undefined && warnings > maxWarnings) return `the check found ${warnings} warning(s), more than --max-warnings ${maxWarnings}`;
  return undefined;
}
