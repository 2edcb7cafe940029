import type * as z from 'zod';
import * as zod from 'zod';
import { href, nonEmpty, oneOf } from '../../base/fields';
import { imageSrc, record } from '../../base/values';
import { useLink, useNewsletter } from '../../context';
import { defineBlock } from '../../define/defineBlock';
import { Block } from '../../layout/Block';
import { useSides } from '../../layout/direction';
import { px, usePaint } from '../../layout/css';
import { SchemeImage } from '../../layout/SchemeImage';
import { socialNetworks, type SocialNetwork } from './networks';

/** Shown size of an icon in px; the files are twice as large, for high-density screens. */
const ICON = 24;

const networkNames = Object.fromEntries(Object.keys(socialNetworks).map((k) => [k, k])) as { [K in SocialNetwork]: K };

const profile = record(
  {
    /** Which icon: `mastodon`, `bluesky`, `linkedin`, `x`, `facebook`, `instagram`, `youtube`, `rss`, `email`, `website`. */
    network: oneOf(networkNames),
    /** The profile, feed or page (`mailto:` for `email`). */
    href,
    /** What screen readers and blocked images say, when the network's name is not enough: "Vitako-Podcast". */
    label: nonEmpty.optional(),
  },
  'a profile { network, href, label? }',
);

export const socialLinksSchema = record(
  {
    /**
     * Where you host the icons (copy `node_modules/newsletter-kit/icons/social/` there): an
     * https URL; each icon is `<iconBaseUrl>/<network>-light.png` and `…-dark.png`.
     */
    iconBaseUrl: imageSrc,
    /** The profiles, in this order. */
    links: zod.array(profile, { error: 'must be an array of profiles { network, href }' }).min(1, { error: 'must list at least one profile' }),
    /** Whose profiles they are, for screen readers: "Vitako auf Mastodon". */
    owner: nonEmpty.optional(),
    /** A line above the icons, e.g. "Folgen Sie uns". */
    title: nonEmpty.optional(),
  },
  'social links { iconBaseUrl, links, owner?, title? }',
);

export type SocialLinksProps = z.input<typeof socialLinksSchema>;

/**
 * A row of icons linking to the sender's profiles. The icons are files the sender hosts (MJML's
 * hosted icons disappeared and kept a stale X logo): the package ships them in `icons/social/`,
 * each drawn for light and for dark backgrounds, and the reader sees the one for their scheme.
 * Each icon's alternative text names the network (and the owner), which is also the link's name.
 */
export const SocialLinks = defineBlock({
  name: 'SocialLinks',
  type: 'socialLinks',
  schema: socialLinksSchema,
  render: Profiles,
  // Icons have no words: the plain-text part lists each profile with its address.
  text: ({ title, links }, _, link) => [...(title ? [title] : []), ...links.map((l) => `${l.label ?? socialNetworks[l.network]}: ${link(l.href).replace(/^mailto:/, '')}`)],
});

function Profiles({ iconBaseUrl, links, owner, title }: z.output<typeof socialLinksSchema>) {
  const { theme, labels } = useNewsletter();
  const paint = usePaint();
  const { end, isolate } = useSides();
  const tagged = useLink();
  const base = iconBaseUrl.endsWith('/') ? iconBaseUrl : `${iconBaseUrl}/`;
  const name = (link: (typeof links)[number]) => {
    const network = link.label ?? socialNetworks[link.network];
    return owner ? labels.onNetwork(isolate(owner), isolate(network)) : network;
  };
  return (
    <Block>
      {title ? <p {...paint({ fg: 'text' }, { fontWeight: theme.fontWeights.bold, margin: `0 0 ${theme.space.sm}px` })}>{title}</p> : null}
      {/* Inline blocks that wrap onto a second line on a narrow screen, where ten icons would not fit one. */}
      <div style={{ fontSize: 0, lineHeight: 0 }}>
        {links.map((link, i) => (
          <a key={i} href={tagged(link.href)} {...paint({ fg: 'link' }, { display: 'inline-block', margin: end === 'Right' ? `0 ${px(theme.space.md)} ${px(theme.space.sm)} 0` : `0 0 ${px(theme.space.sm)} ${px(theme.space.md)}`, textDecoration: 'none' })}>
            <SchemeImage light={`${base}${link.network}-light.png`} dark={`${base}${link.network}-dark.png`} alt={name(link)} width={ICON} height={ICON} />
          </a>
        ))}
      </div>
    </Block>
  );
}
