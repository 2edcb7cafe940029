export { InlineLink, ParsedInlineLink, LinkTone, inlineLinkSchema } from './InlineLink';
export type { InlineLinkProps } from './InlineLink';
