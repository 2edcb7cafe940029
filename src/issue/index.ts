export { Issue, RichParagraph } from './Issue';
export type { IssueProps } from './Issue';
export { issueSchema, inlineSchema, richTextSchema } from './schema';
export type { IssueData, Inline, RichText } from './schema';
export { NewsletterPropError, validateProps, isSafeHref } from '../base/fields';
