/**
 * Bad input to one of the sending outputs (`.eml`, `.ics`, web page): every problem on its own
 * line, each naming the field, what is wrong and what to write instead.
 */
export class OutputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** zod's issues as our problem lines: `path: message`. */
export function problemsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string[] {
  return issues.map((issue) => `${issue.path.map(String).join('.') || '(issue)'}: ${issue.message}`);
}
