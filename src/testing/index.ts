export { snapshotIssue } from './snapshotIssue';
export type { IssueSnapshotOptions, IssueSnapshot, TestExpect } from './snapshotIssue';
export type { ScreenshotOptions } from './screenshots';
