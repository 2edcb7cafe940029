export { renderEmail, EmailCheckError, CheckLevel } from './renderEmail';
export type { RenderOptions, RenderResult } from './renderEmail';
export { toPlainText } from './text';
