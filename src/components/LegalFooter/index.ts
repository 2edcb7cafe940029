export { LegalFooter, ImpressumLayout } from './LegalFooter';
export type { LegalFooterProps, Publisher } from './LegalFooter';
