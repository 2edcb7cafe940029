export { Sponsored } from './Sponsored';
export type { SponsoredProps } from './Sponsored';
