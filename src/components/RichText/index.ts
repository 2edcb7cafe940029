export { RichParagraph } from './RichText';
export type { Inline, RichText, RichParagraphProps } from './RichText';
