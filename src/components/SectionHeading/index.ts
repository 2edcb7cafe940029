export { SectionHeading, ParsedSectionHeading, HeadingSpace, sectionHeadingSchema } from './SectionHeading';
export type { SectionHeadingProps } from './SectionHeading';
