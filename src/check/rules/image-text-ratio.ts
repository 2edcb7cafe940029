import { isHidden, titleOf } from '../document';
import { allowlistHint, excused } from '../exceptions';
import { defineRule } from '../rule';
import { textElements } from '../text';
import type { EmailDocument } from '../document';

/**
 * Characters of text per 1,000 px² of image. SpamAssassin's HTML_IMAGE_RATIO rules measure the
 * same quantity (non-space characters over image area) in four bands up to 0.008 per px²; this rule
 * takes the lowest band as "mostly images" for any email, and the highest band for an email with
 * little text.
 */
const MIN_RATIO = 2;
const MIN_RATIO_SHORT = 8;
/** Email on Acid's filter test: with 500 or more characters of text no filter minded the images. */
const SHORT_TEXT = 500;
/** SpamAssassin's guesses for an image without a usable size: 200 px, and percentages of an 800×600 screen. */
const GUESS_PX = 200;
const SCREEN = { width: 800, height: 600 } as const;
/** Tracking pixels and spacers show nothing: at most this many px in either direction. */
const INVISIBLE_PX = 2;

const invisible = /[\s\u00a0\u00ad\u034f\u200b-\u200f\u2060\ufeff]+/g;

function dimension(value: string | undefined, screen: number): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(%|px)?\s*$/i.exec(value ?? '');
  if (!match) return GUESS_PX;
  const number = Number(match[1]);
  if (number <= 0) return GUESS_PX;
  return match[2] === '%' ? (number / 100) * screen : number;
}

export interface ImageTextMeasure {
  /** Visible characters of text, whitespace and invisible padding not counted. */
  characters: number;
  /** Total area of the visible images in px² (width × height attributes). */
  imageArea: number;
  images: number;
}

/** What the rule measures; exported for the tests and the report of the example issues. */
export function measureImageText(doc: EmailDocument): ImageTextMeasure {
  let characters = 0;
  for (const element of textElements(doc)) {
    for (const child of element.children) {
      if (child.type !== 'text') continue;
      characters += child.data.replace(invisible, '').length; // UTF-16 units: an emoji counts twice, which no threshold notices
    }
  }
  let imageArea = 0;
  let images = 0;
  for (const image of doc.elements.namedInBody('img')) {
    const width = dimension(image.attribs['width'], SCREEN.width);
    const height = dimension(image.attribs['height'], SCREEN.height);
    if (width <= INVISIBLE_PX || height <= INVISIBLE_PX || isHidden(image)) continue;
    imageArea += width * height;
    images++;
  }
  return { characters, imageArea, images };
}

const grouped = (n: number): string => Math.round(n).toLocaleString('en');

export const imageTextRatio = defineRule({
  id: 'image-text-ratio',
  severity: 'warning',
  description: `An email with images is not mostly images: it has at least ${MIN_RATIO} characters of visible text per 1,000 px² of image (width × height attributes; a missing size counts as ${GUESS_PX} px, a percentage as a share of ${SCREEN.width}×${SCREEN.height}; images of ${INVISIBLE_PX} px or less and hidden ones left out), and at least ${MIN_RATIO_SHORT} when it has fewer than ${SHORT_TEXT} characters. Text is what is not hidden (display:none, …), without whitespace and alt text. A deliberately image-led email: an allowlist entry \`{ rule: 'image-text-ratio', reason }\` (\`matching\` is tested against the <title>).`,
  clients: 'Outlook, Thunderbird, Evolution, Roundcube and many webmails block images until the reader allows them: an email that is mostly images reads as empty. Filters score image-heavy mail as spam. A warning: nothing breaks.',
  source:
    'SpamAssassin HTML_IMAGE_RATIO_02…08 (characters per px² of image, sizes guessed as in its HTML.pm) and HTML_IMAGE_ONLY_*; Email on Acid, "Does text to image ratio affect deliverability?" (500 characters); jsx-email canispam image-heavy',
  check(doc, { options, report }) {
    const { characters, imageArea, images } = measureImageText(doc);
    if (imageArea === 0) return [];
    const ratio = (characters / imageArea) * 1_000;
    const mostlyImages = ratio < MIN_RATIO || (characters < SHORT_TEXT && ratio < MIN_RATIO_SHORT);
    const title = titleOf(doc).trim();
    if (!mostlyImages || excused(options, 'image-text-ratio', title)) return [];
    const expected = characters < SHORT_TEXT ? `at least ${MIN_RATIO_SHORT} with fewer than ${SHORT_TEXT} characters` : `at least ${MIN_RATIO}`;
    return [
      report(
        `mostly images: ${images} image${images === 1 ? '' : 's'} of ${grouped(imageArea)} px² beside ${grouped(characters)} characters of text (${ratio.toFixed(1)} characters per 1,000 px²; ${expected}). Where images are blocked the reader sees almost nothing: write the message as text and let the images illustrate it. ${allowlistHint('image-text-ratio', undefined)}`,
      ),
    ];
  },
});
