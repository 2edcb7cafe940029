/**
 * The components, one folder each; a folder's `index.ts` is its public face. A block is
 * registered by its line here (see `blocks.ts`).
 */
export * from './Newsletter';
export * from './Masthead';
export * from './Intro';
export * from './NewsItem';
export * from './EventCalendar';
export * from './CallToAction';
export * from './LegalFooter';
export * from './Paragraph';
export * from './RichText';
export * from './InlineLink';
export * from './Divider';
export * from './PhotoCredit';
export * from './SectionHeading';
export * from './Sponsored';
export * from './SocialLinks';
export * from './Quote';
export * from './Feedback';
