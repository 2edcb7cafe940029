export { LegalFooter, ParsedLegalFooter, legalFooterSchema } from './LegalFooter';
export type { LegalFooterProps, Publisher } from './LegalFooter';
