import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { IssueData } from '../../src';

/** The seed issue as an editor writes it, with subject, sender and unsubscribe targets. */
export const seedIssue = (): IssueData =>
  parse(readFileSync(join(import.meta.dirname, '..', '..', 'emails', 'branchenticker-05.yaml'), 'utf8')) as IssueData;
