import { load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { ancestorsOrSelf, excerptOf, isInside, styleOf, type EmailDocument } from '../document';
import { finding } from '../finding';
import type { Finding } from '../types';

const MIN_WRAPPER_WIDTH = 480;

function pixelWidth(value: string | undefined): number | undefined {
  const match = /^\s*(\d+)(?:px)?\s*$/i.exec(value ?? '');
  return match ? Number(match[1]) : undefined;
}

function isFixedWidthTable(table: Element): boolean {
  return (pixelWidth(table.attribs['width']) ?? 0) >= MIN_WRAPPER_WIDTH;
}

/** Classic Outlook ignores max-width: something must pin the layout to a pixel width. */
export function checkMsoWrapper(doc: EmailDocument): Finding[] {
  const inConditional = doc.conditionalComments.some(
    ({ condition, content }) =>
      /\bmso\b/i.test(condition) &&
      !/^\s*!/.test(condition) &&
      load(content, null, false)('table').toArray().some(isFixedWidthTable),
  );
  const inDocument = doc.$('table').toArray().some(isFixedWidthTable);
  if (inConditional || inDocument) return [];
  return [
    finding(
      'outlook-mso-wrapper',
      `no fixed-width wrapper table (width attribute ≥ ${MIN_WRAPPER_WIDTH}, e.g. <!--[if mso]><table width="600">): Outlook for Windows ignores max-width`,
    ),
  ];
}

export function checkImageSize(doc: EmailDocument): Finding[] {
  return doc
    .$('img')
    .toArray()
    .filter((image) => !/^\d+$/.test(image.attribs['width'] ?? '') || !/^\d+$/.test(image.attribs['height'] ?? ''))
    .map((image) => finding('outlook-image-size', '<img> without numeric width and height attributes: Outlook shows it at file size', { excerpt: excerptOf(doc.$, image) }));
}

function hasPadding(element: Element): boolean {
  for (const [property, value] of styleOf(element)) {
    if (/^padding(?:-(?:top|right|bottom|left))?$/.test(property) && /[1-9]/.test(value)) return true;
  }
  return false;
}

/** `<!--[if !mso]><!-->` before the element (or an ancestor) hides it from Outlook, whose VML twin draws the button. */
function isHiddenFromOutlook(element: Element): boolean {
  for (const node of ancestorsOrSelf(element)) {
    for (let sibling: AnyNode | null = node.prev; sibling; sibling = sibling.prev) {
      if (sibling.type === 'comment') {
        if (/^\s*<!\[endif\]/i.test(sibling.data)) break;
        if (/^\s*\[if\s+!\s*mso[^\]]*\]>\s*<!\s*$/i.test(sibling.data)) return true;
      }
    }
  }
  return false;
}

/** The padded-cell pattern: the link is the cell's only content and the cell pads it in Outlook. */
function sitsInPaddedCell(link: Element): boolean {
  const cell = [...ancestorsOrSelf(link)].find((element) => element.name === 'td' || element.name === 'th');
  if (!cell) return false;
  const elements = cell.children.filter((child): child is Element => child.type === 'tag');
  const text = cell.children.some((child) => child.type === 'text' && child.data.trim() !== '');
  const only = elements.length === 1 && elements[0] !== undefined && isInside(link, elements[0]);
  const pads = /[1-9]/.test(styleOf(cell).get('mso-padding-alt') ?? '') || hasPadding(cell);
  return only && !text && pads;
}

export function checkButtonPadding(doc: EmailDocument): Finding[] {
  return doc
    .$('a')
    .toArray()
    .filter((link) => hasPadding(link) && !styleOf(link).has('mso-padding-alt') && !isHiddenFromOutlook(link) && !sitsInPaddedCell(link))
    .map((link) =>
      finding('outlook-button-padding', 'link with padding but no mso-padding-alt or bulletproof (VML) twin: Outlook drops the padding', {
        excerpt: excerptOf(doc.$, link),
      }),
    );
}

const dpiFix = /^\s*<xml>[\s\S]*<o:PixelsPerInch>\s*96\s*<\/o:PixelsPerInch>/i;

export function checkDpiFix(doc: EmailDocument): Finding[] {
  const present = doc.conditionalComments.some(({ condition, content }) => /^gte\s+mso\s+9$/i.test(condition.trim()) && dpiFix.test(content));
  return present ? [] : [finding('outlook-dpi', 'no <o:PixelsPerInch>96</o:PixelsPerInch> in an <!--[if gte mso 9]><xml> block: Outlook scales images on high-DPI screens')];
}
