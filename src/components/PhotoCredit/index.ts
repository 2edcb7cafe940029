export { PhotoCredit } from './PhotoCredit';
export type { PhotoCreditProps } from './PhotoCredit';
