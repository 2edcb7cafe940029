import type { CSSProperties, ReactNode } from 'react';
import * as z from 'zod';
import { href, image, nonEmpty, oneOf, validateProps } from '../../base/fields';
import { record } from '../../base/values';
import { Block, useTypography } from '../../layout/Block';
import { paint, px } from '../../layout/css';
import { Image } from '../../layout/Image';
import { Mso } from '../../layout/Mso';
import { ScreenReaderText } from '../../layout/ScreenReaderText';
import type { Theme } from '../../theme/theme';
import { useNewsletter } from '../../base/context';
import { asParagraphs } from '../Paragraph';
import { ParsedPhotoCredit } from '../PhotoCredit';
import { ParsedSectionHeading } from '../SectionHeading';

/** Where a news item's image sits. */
export const ImagePosition = { top: 'top', left: 'left' } as const;
export type ImagePosition = (typeof ImagePosition)[keyof typeof ImagePosition];

export const newsItemSchema = record({
  /** The headline, without the source. */
  title: nonEmpty,
  /** Who reports it, shown as a prefix: "ITDZ: IT für die Impfzentren der Hauptstadt". */
  source: nonEmpty.optional(),
  image: image.optional(),
  /**
   * `top`: full column width under the headline. `left`: a thumbnail beside the text on wide
   * screens that stacks above it on narrow ones, without media queries.
   * @default 'top'
   */
  imagePosition: oneOf(ImagePosition).optional(),
  /** The full article; renders the "Mehr…" link, which screen readers hear with the headline. */
  href: href.optional(),
  /** Visible text of the link. @default labels.more ("Mehr…" / "Read more…") */
  moreLabel: nonEmpty.optional(),
}, 'a news item { title, source?, image?, imagePosition?, href?, moreLabel? }');

interface Teaser {
  /** The teaser: strings become paragraphs; `Paragraph` elements with `InlineLink`s pass through. */
  children: ReactNode;
}

export type NewsItemProps = z.input<typeof newsItemSchema> & Teaser;
export type NewsImage = z.input<typeof image>;

/** One news story: headline with source prefix, image with credit, teaser, "Mehr…" link. */
export function NewsItem(props: NewsItemProps) {
  return <ParsedNewsItem {...validateProps('NewsItem', newsItemSchema, props)}>{props.children}</ParsedNewsItem>;
}

/** `NewsItem` for props its schema has already parsed (`Issue` validates the whole issue once). */
export function ParsedNewsItem({ title, source, image, imagePosition = 'top', href, moreLabel, children }: z.output<typeof newsItemSchema> & Teaser) {
  const { theme, labels } = useNewsletter();
  const fullTitle = source ? `${source}: ${title}` : title;
  const headline = (
    <ParsedSectionHeading>
      {source ? <span {...paint(theme, { fg: 'link' })}>{source}: </span> : null}
      {title}
    </ParsedSectionHeading>
  );
  const more = href ? (
    <MoreLine text={`${labels.moreText}: ${href}`}>
      <a href={href} {...paint(theme, { fg: 'link' }, { fontWeight: theme.fontWeights.bold, textDecoration: 'underline' })}>
        {moreLabel ?? labels.more}
        <ScreenReaderText theme={theme} tone="link">
          {fullTitle}
        </ScreenReaderText>
      </a>
    </MoreLine>
  ) : null;
  const body = asParagraphs(children, href ? undefined : 0);
  const inner = theme.widths.container - 2 * theme.widths.gutter;

  if (!image || imagePosition === 'top') {
    return (
      <Block>
        {headline}
        {image ? <Picture image={image} maxWidth={inner} theme={theme} spaceAfter={theme.space.md} /> : null}
        {body}
        {more}
      </Block>
    );
  }

  // Two inline-block columns: side by side while both fit, stacked when the screen is narrower
  // (MJML's hybrid columns); Outlook for Windows, which has no inline-block, gets a table.
  const thumb = theme.widths.thumbnail;
  const text = inner - thumb;
  const column = (width: number): CSSProperties => ({
    display: 'inline-block',
    width: '100%',
    maxWidth: px(width),
    verticalAlign: 'top',
  });
  // No font on the cell: in Outlook for Windows the columns are cells of a nested table, which do
  // not inherit it, so their text writes its whole typography.
  return (
    <Block text={null}>
      <div style={{ fontSize: 0, textAlign: 'left' }}>
        <Mso html={`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td width="${thumb}" valign="top">`} />
        <div style={column(thumb)}>
          <div style={{ paddingRight: px(theme.space.md), paddingBottom: px(theme.space.md) }}>
            <Picture image={image} maxWidth={thumb - theme.space.md} theme={theme} spaceAfter={0} />
          </div>
        </div>
        <Mso html={`</td><td width="${text}" valign="top">`} />
        <div style={column(text)}>
          {headline}
          {body}
          {more}
        </div>
        <Mso html="</td></tr></table>" />
      </div>
    </Block>
  );
}

/** The "Mehr…" line; it reads as `text` in the plain-text part. */
function MoreLine({ children, text }: { children: ReactNode; text: string }) {
  const { theme } = useNewsletter();
  return (
    <p {...paint(theme, { fg: 'text' }, { ...useTypography('body'), margin: 0 })} data-nk-text={text}>
      {children}
    </p>
  );
}

/** An image scaled to fit `maxWidth` with its aspect ratio, plus its credit line. */
function Picture({ image, maxWidth, theme, spaceAfter }: { image: NewsImage; maxWidth: number; theme: Theme; spaceAfter: number }) {
  const width = Math.min(image.width, maxWidth);
  const height = Math.round((image.height * width) / image.width);
  // Alt text shows in this box while images are blocked, in the cell's body type and these colours.
  // The box holds its height without the image: Evolution draws a blocked image as a square
  // icon scaled to the width (max-height stops it at the image's own height). The frame
  // outlines the box where a dark reader drops its background (Thunderbird); max-width leaves
  // room for it, as box-sizing is not for every client.
  const img = paint(theme, { bg: 'placeholder', fg: 'text', border: 'border' }, {
    width: '100%',
    maxWidth: px(width - 2),
    height: 'auto',
    maxHeight: px(height),
    border: `1px solid ${theme.colors.border}`,
    ...useTypography('body'),
  });
  return (
    <div style={{ marginBottom: px(spaceAfter) }}>
      <Image src={image.src} alt={image.alt} width={width} height={height} {...img} />
      {image.credit ? <ParsedPhotoCredit credit={image.credit} /> : null}
    </div>
  );
}
