export { Newsletter, newsletterSchema } from './Newsletter';
export type { NewsletterProps } from './Newsletter';
