export { Newsletter } from './Newsletter';
export type { NewsletterProps } from './Newsletter';
