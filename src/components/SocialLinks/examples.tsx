import { SocialLinks, type SocialLinksProps } from '../../index';

/** Examples of the block for Storybook's block gallery and the conformance sweep (not part of the package). */
export const block = SocialLinks;
export const examples: Record<string, SocialLinksProps> = {
  'every network': {
    iconBaseUrl: 'https://example.org/icons/social',
    owner: 'Vitako',
    title: 'Folgen Sie uns',
    links: [
      { network: 'mastodon', href: 'https://social.example.org/@vitako' },
      { network: 'bluesky', href: 'https://bsky.app/profile/vitako.example.org' },
      { network: 'linkedin', href: 'https://www.linkedin.com/company/vitako' },
      { network: 'x', href: 'https://x.com/vitako' },
      { network: 'facebook', href: 'https://www.facebook.com/vitako' },
      { network: 'instagram', href: 'https://www.instagram.com/vitako' },
      { network: 'youtube', href: 'https://www.youtube.com/@vitako' },
      { network: 'rss', href: 'https://example.org/feed.xml' },
      { network: 'email', href: 'mailto:redaktion@example.org' },
      { network: 'website', href: 'https://example.org/', label: 'vitako.de' },
    ],
  },
};
