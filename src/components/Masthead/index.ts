export { Masthead, ParsedMasthead, mastheadSchema } from './Masthead';
export type { MastheadProps, MastheadLogo } from './Masthead';
