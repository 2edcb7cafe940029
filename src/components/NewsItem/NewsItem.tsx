import type { ReactNode } from 'react';
import * as z from 'zod';
import { href, image, nonEmpty, oneOf } from '../../base/fields';
import { defineBlock } from '../../define/defineBlock';
import { paragraphs, richParagraphs } from '../RichText/RichText';

import { record } from '../../base/values';
import { Block, useTypography } from '../../layout/Block';
import { cellTypography, px, usePaint } from '../../layout/css';
import { Image } from '../../layout/Image';
import { Columns } from '../../layout/Columns';
import { side, useSides } from '../../layout/direction';
import { ScreenReaderText } from '../../layout/ScreenReaderText';
import type { Theme } from '../../theme/theme';
import { useLink, useNewsletter } from '../../context';
import { readsAs } from '../../base/markup';
import { asParagraphs } from '../Paragraph/asParagraphs';
import { canEndLast } from '../Paragraph/paragraphEnd';
import { ParsedPhotoCredit } from '../PhotoCredit/PhotoCredit';
import { ParsedSectionHeading, type HeadingSpace } from '../SectionHeading/SectionHeading';

/** Where a news item's image sits. */
export const ImagePosition = { top: 'top', start: 'start', left: 'left', thumbnail: 'thumbnail' } as const;
export type ImagePosition = (typeof ImagePosition)[keyof typeof ImagePosition];

/** Space above an item, in theme spacing steps. */
export const NewsItemSpace = { md: 'md', lg: 'lg' } as const;
export type NewsItemSpace = (typeof NewsItemSpace)[keyof typeof NewsItemSpace];

/** Where the "Mehr…" link sits. */
export const MorePlacement = { line: 'line', end: 'end' } as const;
export type MorePlacement = (typeof MorePlacement)[keyof typeof MorePlacement];

export const newsItemSchema = record({
  /** The headline, without the source. */
  title: nonEmpty,
  /** Who reports it, shown as a prefix: "ITDZ: IT für die Impfzentren der Hauptstadt". */
  source: nonEmpty.optional(),
  image: image.optional(),
  /**
   * `top`: full column width under the headline. `start`: a thumbnail beside the text on wide
   * screens that stacks above it on narrow ones, without media queries, where lines start (the
   * left; the right in a right-to-left issue). `left`: the same on the left whatever the
   * direction. `thumbnail`: a small image (`theme.widths.thumbnail`) beside the headline and
   * photo credit, at every width, where lines start; the teaser runs below at the full column
   * width (the densest).
   * @default 'top'
   */
  imagePosition: oneOf(ImagePosition).optional(),
  /** The full article; renders the "Mehr…" link, which screen readers hear with the headline. */
  href: href.optional(),
  /** Visible text of the link. @default labels.more ("Mehr…" / "Read more…") */
  moreLabel: nonEmpty.optional(),
  /**
   * `line`: the "Mehr…" link on a line of its own under the teaser. `end`: it closes the
   * teaser's last paragraph, where that is a string, `Paragraph` or `RichParagraph` (otherwise
   * it keeps its own line). The plain-text part reads the same either way.
   * @default 'line'
   */
  morePlacement: oneOf(MorePlacement).optional(),
  /** Space above the item; a dense list of items under rules between them takes `md`. @default 'lg' */
  spaceAbove: oneOf(NewsItemSpace).optional(),
}, 'a news item { title, source?, image?, imagePosition?, href?, moreLabel?, morePlacement?, spaceAbove? }');

interface Teaser {
  /** The teaser: strings become paragraphs; `Paragraph` elements with `InlineLink`s pass through. */
  children: ReactNode;
}

export type NewsItemProps = z.input<typeof newsItemSchema> & Teaser;
export type NewsImage = z.input<typeof image>;

/** One news story: headline with source prefix, image with credit, teaser, "Mehr…" link. */
export const NewsItem = defineBlock({
  name: 'NewsItem',
  type: 'news',
  schema: newsItemSchema,
  data: { fields: { paragraphs }, props: ({ paragraphs: items }) => ({ children: richParagraphs(items) }) },
  // A long issue: each image a thumbnail beside its headline, "Mehr…" closing the teaser, less space under the rules.
  compact: { imagePosition: 'thumbnail', morePlacement: 'end', spaceAbove: 'md' },
  render: Story,
});

/** `NewsItem` for props its schema has already parsed (`Issue` validates the whole issue once). */
export const ParsedNewsItem = NewsItem.Parsed;

function Story({ title, source, image, imagePosition = 'top', href, moreLabel, morePlacement = 'line', spaceAbove = 'lg', children }: z.output<typeof newsItemSchema> & Teaser) {
  const { theme, labels } = useNewsletter();
  const paint = usePaint();
  const { start, end, isolate, own } = useSides();
  const fullTitle = source ? `${isolate(source)}: ${isolate(title)}` : isolate(title);
  const heading = (spaceAfter?: HeadingSpace) => (
    <ParsedSectionHeading spaceAfter={spaceAfter}>
      {source ? <span {...paint({ fg: 'link' })}>{isolate(source)}: </span> : null}
      {isolate(title)}
    </ParsedSectionHeading>
  );
  const headline = heading();
  const target = useLink()(href ?? '');
  const moreText = href ? `${labels.moreText}: ${target}` : '';
  const moreLink = (attributes: Record<string, string> = {}) => (
    <a href={target} {...attributes} {...paint({ fg: 'link' }, { fontWeight: theme.fontWeights.bold, textDecoration: 'underline' })}>
      {moreLabel ?? labels.more}
      <ScreenReaderText tone="link">
        {fullTitle}
      </ScreenReaderText>
    </a>
  );
  const moreAtEnd = href !== undefined && morePlacement === 'end' && canEndLast(children);
  const more = href && !moreAtEnd ? <MoreLine text={moreText}>{moreLink()}</MoreLine> : null;
  // At the end of the paragraph the link still reads as its own "Mehr: https://…" line in the plain text.
  const body = moreAtEnd
    ? asParagraphs(children, 0, <>{' '}{moreLink(readsAs(moreText))}</>)
    : asParagraphs(children, href ? undefined : 0);
  const inner = theme.widths.container - 2 * theme.widths.gutter;

  if (!image || imagePosition === 'top') {
    return (
      <Block paddingTop={spaceAbove}>
        {headline}
        {image ? <Picture image={image} maxWidth={inner} theme={theme} spaceAfter={theme.space.md} /> : null}
        {body}
        {more}
      </Block>
    );
  }

  if (imagePosition === 'thumbnail') {
    const thumb = Math.min(theme.widths.thumbnail, image.width);
    // A table rather than stacking columns: the thumbnail is small enough to stay beside the
    // headline at 320 px, and a table needs no Outlook fallback. The headline cell writes the
    // credit's font: Outlook for Windows does not let nested tables inherit it.
    const cell = { verticalAlign: 'top', paddingBottom: px(theme.space.sm) } as const;
    return (
      <Block paddingTop={spaceAbove}>
        <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} border={0} dir={own.dir} style={own.style}>
          <tr>
            <td width={thumb} valign="top" style={cell}>
              <ImageBox image={image} width={thumb} theme={theme} altShown={false} />
            </td>
            <td valign="top" style={{ ...cell, ...cellTypography(theme, 'small'), ...side('padding', start, px(theme.space.md)) }}>
              {/* The cell's padding spaces the row from the teaser; the credit keeps its own small gap. */}
              {heading('none')}
              {image.credit ? <ParsedPhotoCredit credit={image.credit} /> : null}
            </td>
          </tr>
        </table>
        {body}
        {more}
      </Block>
    );
  }

  // The thumbnail beside the text while both fit, above it on a phone. No font on the cell:
  // in Outlook for Windows the columns are cells of a nested table, which do not inherit it, so
  // their text writes its whole typography.
  const thumb = theme.widths.thumbnail;
  // The columns narrow together in a reading pane under the container's width (Roundcube's at
  // 600 px leaves about 525) and stack on a phone. The text column is at least what a 320 px
  // screen leaves in Roundcube's frame (half the container less the gutters and its 20 px:
  // 252 px with the default theme), so it stacks there nearly full width and never overflows;
  // a stacked thumbnail keeps at least a quarter of that.
  const minText = theme.widths.container / 2 - 2 * theme.widths.gutter;
  const minThumb = Math.min(thumb, Math.round(minText / 4));
  return (
    <Block paddingTop={spaceAbove} text={null}>
      <Columns widths={[thumb, inner - thumb]} minWidths={[minThumb, minText]} from={imagePosition === 'left' ? 'left' : 'start'}>
        <div style={{ ...side('padding', imagePosition === 'left' ? 'Right' : end, px(theme.space.md)), paddingBottom: px(theme.space.md) }}>
          {/* A compact theme's narrow thumbnail holds only a word or two of alt text, cut mid-word: none. */}
          <Picture image={image} maxWidth={thumb - theme.space.md} theme={theme} spaceAfter={0} altShown={thumb - theme.space.md >= 8 * theme.fontSizes.body} />
        </div>
        <>
          {headline}
          {body}
          {more}
        </>
      </Columns>
    </Block>
  );
}

/** The "Mehr…" line; it reads as `text` in the plain-text part. */
function MoreLine({ children, text }: { children: ReactNode; text: string }) {
  const { theme } = useNewsletter();
  const paint = usePaint();
  return (
    <p {...paint({ fg: 'text' }, { ...useTypography('body'), margin: 0 })} {...readsAs(text)}>
      {children}
    </p>
  );
}

/** An image scaled to fit `maxWidth` with its aspect ratio, plus its credit line. */
function Picture({ image, maxWidth, theme, spaceAfter, altShown = true }: { image: NewsImage; maxWidth: number; theme: Theme; spaceAfter: number; altShown?: boolean }) {
  return (
    <div style={{ marginBottom: px(spaceAfter) }}>
      <ImageBox image={image} width={Math.min(image.width, maxWidth)} theme={theme} altShown={altShown} />
      {image.credit ? <ParsedPhotoCredit credit={image.credit} /> : null}
    </div>
  );
}

/**
 * The image at `width` px and its own aspect ratio, in a box that shows its alt text while images
 * are blocked. With `altShown: false` the box stays empty (the alt is still the image's name for
 * screen readers): a thumbnail's box holds a word or two of it, cut mid-word.
 */
function ImageBox({ image, width, theme, altShown = true }: { image: NewsImage; width: number; theme: Theme; altShown?: boolean }) {
  const paint = usePaint();
  const height = Math.round((image.height * width) / image.width);
  // Alt text shows in this box while images are blocked, in the cell's body type and these colours.
  // The box holds its height without the image: Evolution draws a blocked image as a square
  // icon scaled to the width (max-height stops it at the image's own height). The frame
  // outlines the box where a dark reader drops its background (Thunderbird); max-width leaves
  // room for it, as box-sizing is not for every client.
  const img = paint({ bg: 'placeholder', fg: 'text', border: 'border' }, {
    width: '100%',
    maxWidth: px(width - 2),
    height: 'auto',
    maxHeight: px(height),
    border: `1px solid ${theme.colors.border}`,
    ...useTypography('body'),
    // Thunderbird and Chromium draw the alt text in the image's font: at size 0 there is none to cut.
    ...(altShown ? {} : { fontSize: '0px', lineHeight: '0px' }),
  });
  return <Image src={image.src} alt={image.alt} width={width} height={height} {...img} />;
}
