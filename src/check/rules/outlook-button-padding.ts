import type { AnyNode, Element } from 'domhandler';
import { excerptOf, inherited, styleOf } from '../document';
import { defineRule } from '../rule';

function hasPadding(element: Element): boolean {
  for (const [property, value] of styleOf(element)) {
    if (/^padding(?:-(?:top|right|bottom|left))?$/.test(property) && /[1-9]/.test(value)) return true;
  }
  return false;
}

/**
 * Whether the nearest comment before `node` among its siblings that opens or closes a conditional
 * is `<!--[if !mso]><!-->`; remembered per node, so that long sibling lists are read once.
 */
function opensNotMso(node: AnyNode, cache: Map<AnyNode, boolean>): boolean {
  const path: AnyNode[] = [];
  let value = false;
  for (let sibling = node.prev; sibling; sibling = sibling.prev) {
    if (cache.has(sibling)) {
      value = cache.get(sibling)!;
      break;
    }
    if (sibling.type === 'comment') {
      if (/^\s*<!\[endif\]/i.test(sibling.data)) break;
      if (/^\s*\[if\s+!\s*mso[^\]]*\]>\s*<!\s*$/i.test(sibling.data)) {
        value = true;
        break;
      }
    }
    path.push(sibling);
  }
  for (const sibling of path) cache.set(sibling, value);
  // What holds before node's previous sibling holds before node too, unless that sibling decided.
  return value;
}

/** `<!--[if !mso]><!-->` before the element (or an ancestor) hides it from Outlook, whose VML twin draws the button. */
function isHiddenFromOutlook(element: Element, caches: { siblings: Map<AnyNode, boolean>; hidden: Map<Element, boolean> }): boolean {
  return inherited(element, caches.hidden, (node, fromParent) => fromParent || opensNotMso(node, caches.siblings), false);
}

/** The padded-cell pattern: the link is the cell's only content and the cell pads it in Outlook. */
function sitsInPaddedCell(link: Element, cells: Map<Element, Element | undefined>): boolean {
  const cell = inherited<Element | undefined>(link, cells, (node, fromParent) => (node.name === 'td' || node.name === 'th' ? node : fromParent), undefined);
  if (!cell) return false;
  const elements = cell.children.filter((child): child is Element => child.type === 'tag');
  const text = cell.children.some((child) => child.type === 'text' && child.data.trim() !== '');
  // The cell is the link's nearest cell, so its one element child is the one that holds the link.
  const only = elements.length === 1;
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
    const caches = { siblings: new Map<AnyNode, boolean>(), hidden: new Map<Element, boolean>() };
    const cells = new Map<Element, Element | undefined>();
    return doc
      .$('a')
      .toArray()
      .filter((link) => hasPadding(link) && !styleOf(link).has('mso-padding-alt') && !isHiddenFromOutlook(link, caches) && !sitsInPaddedCell(link, cells))
      .map((link) => report('link with padding but no mso-padding-alt or bulletproof (VML) twin: Outlook drops the padding', { excerpt: excerptOf(doc.$, link) }));
  },
});
