export { SocialLinks } from './SocialLinks';
export type { SocialLinksProps } from './SocialLinks';
export { socialNetworks } from './networks';
export type { SocialNetwork } from './networks';
