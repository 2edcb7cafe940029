import { NewsletterPropError } from '../base/values/error';
import type { AnyBlock } from '../define/defineBlock';
import { asParsedIssue, type ParsedIssue } from '../issue/parse';
import type { IssueData } from '../issue/schema';

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

/**
 * Issue data parsed (or an issue `parseIssue` returned, taken as it is); invalid data becomes the
 * output's own error, each problem as `path: message`.
 */
export function parsedIssueFor(data: IssueData | ParsedIssue<AnyBlock>, fail: (problems: string[]) => OutputError): ParsedIssue<AnyBlock> {
  try {
    return asParsedIssue(data as IssueData);
  } catch (error) {
    if (error instanceof NewsletterPropError) throw fail(error.problems.map((p) => `${p.prop || '(issue)'}: ${p.message}`));
    throw error;
  }
}
