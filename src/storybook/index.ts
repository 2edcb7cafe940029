export { emailPreview, emailDecorator, emailGlobalTypes, emailDocumentTag } from './preview';
export type { EmailPreviewOptions, EmailPreviewAnnotations, EmailGlobals, EmailGlobalType, EmailDecorator, EmailStoryContext } from './preview';
export { EmailPreview, EmailWidth } from './EmailPreview';
export type { EmailPreviewProps, FindingsDisplay } from './EmailPreview';
export { applyView, blockImages, simulateDarkMode, stripStyles, defaultView } from './view';
export type { EmailView } from './view';
