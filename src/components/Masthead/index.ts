export { Masthead, mastheadSchema } from './Masthead';
export type { MastheadProps, MastheadLogo } from './Masthead';
