/**
 * The networks `SocialLinks` has an icon for, with the name a reader knows them by. The icons are
 * in the package's `icons/social/` (`<network>-light.png`, `<network>-dark.png`, 48 × 48 for 24 px),
 * drawn by scripts/social-icons.ts.
 */
export const socialNetworks = {
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  linkedin: 'LinkedIn',
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  rss: 'RSS',
  email: 'E-Mail',
  website: 'Web',
} as const;

export type SocialNetwork = keyof typeof socialNetworks;
