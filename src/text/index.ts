/**
 * The plain-text part: a streaming reader of the rendered HTML (html.ts) that writes text the way
 * html-to-text would with our options (text.ts, textBuilder.ts), and the line wrapping that comes
 * last. Everything outside this folder imports it from here.
 */
export { toUnwrappedText, toPlainText, wrapText, wrapLine, TEXT_WIDTH } from './text';
export { TEXT_WHITESPACE } from './textBuilder';
