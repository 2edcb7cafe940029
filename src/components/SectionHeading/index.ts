export { SectionHeading, ParsedSectionHeading, sectionHeadingSchema } from './SectionHeading';
export type { SectionHeadingProps } from './SectionHeading';
