export { Paragraph, ParagraphTone } from './Paragraph';
export type { ParagraphProps } from './Paragraph';
