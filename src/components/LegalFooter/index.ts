export { LegalFooter, legalFooterSchema } from './LegalFooter';
export type { LegalFooterProps, Publisher } from './LegalFooter';
