export { InlineLink } from './InlineLink';
export type { InlineLinkProps } from './InlineLink';
