export { Paragraph, ParsedParagraph, ParagraphTone, paragraphSchema } from './Paragraph';
export type { ParagraphProps } from './Paragraph';
export { asParagraphs } from './asParagraphs';
export { canEndLast, takesEnd } from './paragraphEnd';
