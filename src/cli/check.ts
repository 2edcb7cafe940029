import { readFile } from 'node:fs/promises';
import { checkEmail, formatFindings } from '../check/index';
import { checkFailure, Exit, indent, summary, worst, type Outcome } from './report';

export async function check(files: string[], level: 'strict' | 'soft', maxWarnings?: number): Promise<Exit> {
  const outcomes: Outcome[] = [];
  for (const [i, file] of files.entries()) {
    if (files.length > 1) console.error(`[${i + 1}/${files.length}] ${file}`);
    let html: string;
    try {
      html = await readFile(file, 'utf8');
    } catch (error) {
      console.error(`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      outcomes.push({ file, exit: Exit.invalid });
      continue;
    }
    let findings;
    try {
      findings = checkEmail(html);
    } catch (error) {
      // checkEmail reports what it cannot read as findings; anything else still ends only this file.
      console.error(`${file}: the check failed: ${(error as Error).stack ?? String(error)}`);
      outcomes.push({ file, exit: Exit.invalid });
      continue;
    }
    const errors = findings.filter((f) => f.severity === 'error').length;
    console.log(`${file}: check: ${errors} errors, ${findings.length - errors} warnings`);
    if (findings.length) console.log(indent(formatFindings(findings), '    '));
    const failure = checkFailure(findings, level, maxWarnings);
    if (failure) console.error(`${file}: ${failure}`);
    outcomes.push({ file, exit: failure ? Exit.checkErrors : Exit.ok });
  }
  if (files.length > 1 || outcomes.some((o) => o.exit !== Exit.ok)) console.log(summary(outcomes, 'passed'));
  return worst(outcomes);
}
