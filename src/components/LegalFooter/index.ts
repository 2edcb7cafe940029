export { LegalFooter, ParsedLegalFooter, ImpressumLayout, legalFooterSchema } from './LegalFooter';
export type { LegalFooterProps, Publisher } from './LegalFooter';
