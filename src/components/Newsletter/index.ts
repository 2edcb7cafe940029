export { Newsletter, ParsedNewsletter, newsletterSchema } from './Newsletter';
export type { NewsletterProps } from './Newsletter';
