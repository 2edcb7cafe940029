import type { AnyNode, Element } from 'domhandler';
import { ancestorsOrSelf, excerptOf, isInside, styleOf } from '../document';
import { defineRule } from '../rule';

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

export const outlookButtonPadding = defineRule({
  id: 'outlook-button-padding',
  severity: 'error',
  description:
    'A link with inline padding (a button) also has `mso-padding-alt` in its style, or sits in a bulletproof structure hidden from Outlook (`<!--[if !mso]><!-->…<!--<![endif]-->`).',
  clients: 'Outlook for Windows ignores padding on `<a>`.',
  source: 'https://www.caniemail.com/features/css-padding/ (Outlook Windows: only table cells)',
  check(doc, { report }) {
    return doc
      .$('a')
      .toArray()
      .filter((link) => hasPadding(link) && !styleOf(link).has('mso-padding-alt') && !isHiddenFromOutlook(link) && !sitsInPaddedCell(link))
      .map((link) => report('link with padding but no mso-padding-alt or bulletproof (VML) twin: Outlook drops the padding', { excerpt: excerptOf(doc.$, link) }));
  },
});
