export { RichParagraph } from './RichText';
export type { Inline, RichText } from './RichText';
