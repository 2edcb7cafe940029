import type { ReactNode } from 'react';
import type * as z from 'zod';
import { href, image, nonEmpty } from '../../base/fields';
import { record } from '../../base/values';
import { sections } from '../../base/markup';
import { useLink, useNewsletter } from '../../context';
import { defineBlock } from '../../define/defineBlock';
import { Block, useTypography } from '../../layout/Block';
import { useSides } from '../../layout/direction';
import { px, typography, usePaint } from '../../layout/css';
import { Image } from '../../layout/Image';
import { ScreenReaderText } from '../../layout/ScreenReaderText';
import { asParagraphs } from '../Paragraph/asParagraphs';
import { paragraphs, richParagraphs } from '../RichText/RichText';
import { ParsedSectionHeading } from '../SectionHeading/SectionHeading';

export const sponsoredSchema = record(
  {
    /** Who pays for it, named after the label: "Anzeige – ITDZ Berlin". */
    sponsor: nonEmpty,
    /** The advertisement's headline. */
    title: nonEmpty,
    /** An image above the text, scaled to the box. */
    image: image.optional(),
    /** Where the advertisement leads. */
    href: href.optional(),
    /** The link's text. @default labels.more ("Mehr…" / "Read more…") */
    linkLabel: nonEmpty.optional(),
  },
  'sponsored content { sponsor, title, image?, href?, linkLabel? }',
);

interface Copy {
  /** The advertisement's text: strings become paragraphs. */
  children: ReactNode;
}

export type SponsoredProps = z.input<typeof sponsoredSchema> & Copy;

/**
 * Sponsored content, set apart in a framed box and labelled "Anzeige" / "Advertisement" (from
 * the locale) before anything else, in the body text's full size, weight and contrast: a pale or
 * small label does not make an advertisement recognisable (LG Berlin, 28.6.2022, 102 O 61/22).
 * The label cannot be changed or left out; the check's `sponsored-label` rule holds any
 * sponsored region (`data-nk-section="sponsored"`) to the same.
 */
export const Sponsored = defineBlock({
  name: 'Sponsored',
  type: 'sponsored',
  schema: sponsoredSchema,
  data: { fields: { paragraphs }, props: ({ paragraphs: items }) => ({ children: richParagraphs(items) }) },
  render: Advertisement,
});

function Advertisement({ sponsor, title, image: picture, href, linkLabel, children }: z.output<typeof sponsoredSchema> & Copy) {
  const { theme, labels } = useNewsletter();
  const paint = usePaint();
  const { isolate } = useSides();
  const link = useLink();
  const inner = theme.widths.container - 2 * theme.widths.gutter - 2 * theme.space.md - 2;
  const width = picture ? Math.min(picture.width, inner) : 0;
  return (
    <Block section={sections.sponsored}>
      <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} border={0}>
        <tr>
          <td {...paint({ bg: 'surface', border: 'border' }, { border: `1px solid ${theme.colors.border}`, padding: px(theme.space.md) })}>
            {/* The label first, as body text in full contrast and bold: never smaller or paler than what it labels. */}
            <p {...paint({ fg: 'text' }, { ...typography(theme, 'body'), fontWeight: theme.fontWeights.bold, margin: `0 0 ${theme.space.sm}px` })}>
              {labels.advertisement} – {isolate(sponsor)}
            </p>
            <ParsedSectionHeading>{title}</ParsedSectionHeading>
            {picture ? (
              <div style={{ marginBottom: px(theme.space.md) }}>
                <Image
                  src={picture.src}
                  alt={picture.alt}
                  width={width}
                  height={Math.round((picture.height * width) / picture.width)}
                  {...paint({ bg: 'placeholder', fg: 'text' }, { width: '100%', maxWidth: px(width), height: 'auto', ...useTypography('body') })}
                />
              </div>
            ) : null}
            {asParagraphs(children, href ? undefined : 0)}
            {href ? (
              <p {...paint({ fg: 'text' }, { ...useTypography('body'), margin: 0 })}>
                <a href={link(href)} {...paint({ fg: 'link' }, { fontWeight: theme.fontWeights.bold, textDecoration: 'underline' })}>
                  {linkLabel ?? labels.more}
                  {linkLabel ? null : <ScreenReaderText tone="link">{`${labels.advertisement}: ${title}`}</ScreenReaderText>}
                </a>
              </p>
            ) : null}
          </td>
        </tr>
      </table>
    </Block>
  );
}
