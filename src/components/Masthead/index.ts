export { Masthead } from './Masthead';
export type { MastheadProps, MastheadLogo } from './Masthead';
