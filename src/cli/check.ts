import { readFile } from 'node:fs/promises';
import { checkEmail, formatFindings } from '../check/index';
import { Exit, indent, summary, worst, type Outcome } from './report';

export async function check(files: string[], level: 'strict' | 'soft'): Promise<Exit> {
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
    const findings = checkEmail(html);
    const errors = findings.filter((f) => f.severity === 'error').length;
    console.log(`${file}: check: ${errors} errors, ${findings.length - errors} warnings`);
    if (findings.length) console.log(indent(formatFindings(findings), '    '));
    outcomes.push({ file, exit: errors > 0 && level === 'strict' ? Exit.checkErrors : Exit.ok });
  }
  if (files.length > 1 || outcomes.some((o) => o.exit !== Exit.ok)) console.log(summary(outcomes, 'passed'));
  return worst(outcomes);
}
