export { PhotoCredit, ParsedPhotoCredit, photoCreditSchema } from './PhotoCredit';
export type { PhotoCreditProps } from './PhotoCredit';
