export { renderEmail } from './renderEmail';
export type { RenderOptions, RenderResult, CssInliner } from './renderEmail';
export { toPlainText } from '../text';
