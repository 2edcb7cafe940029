export { Issue } from './Issue';
export type { IssueProps } from './Issue';
export { issueSchema, createIssueSchema } from './schema';
export type { IssueData, BlockEntryInput, ParsedBlockEntry } from './schema';
export { parseIssue, isParsedIssue } from './parse';
export type { ParsedIssue } from './parse';
export { NewsletterPropError, validateProps, isSafeHref } from '../base/fields';
export { defineConfig } from './config';
export type { NewsletterKitConfig } from './config';
