import type { AnyNode, Element } from 'domhandler';
import {
  accessibleName,
  excerptOf,
  FOOTER_SELECTOR,
  hidesItself,
  isInside,
  isElement,
  isHidden,
  parentElement,
  shorten,
  styleOf,
  type EmailDocument,
} from '../document';
import { finding } from '../finding';
import type { Finding } from '../types';

export function checkLangDir(doc: EmailDocument): Finding[] {
  const findings: Finding[] = [];
  const html = doc.$('html').get(0);
  const htmlLang = html?.attribs['lang']?.trim();
  const htmlDir = html?.attribs['dir']?.trim();
  if (!htmlLang || !htmlDir) {
    findings.push(finding('a11y-lang-dir', `<html> lacks ${[!htmlLang && 'lang', !htmlDir && 'dir'].filter(Boolean).join(' and ')}`));
  }
  const wrapper = doc.outerWrapper;
  if (!wrapper) {
    findings.push(finding('a11y-lang-dir', 'no outer wrapper (first element in <body> that is or contains a <table>) to carry lang and dir'));
    return findings;
  }
  const lang = wrapper.attribs['lang']?.trim();
  const dir = wrapper.attribs['dir']?.trim();
  const excerpt = shorten(excerptOf(doc.$, wrapper), 120);
  if (!lang || !dir) {
    findings.push(
      finding('a11y-lang-dir', `outer wrapper lacks ${[!lang && 'lang', !dir && 'dir'].filter(Boolean).join(' and ')}: webmails drop <html>`, { excerpt }),
    );
  } else if ((htmlLang && lang !== htmlLang) || (htmlDir && dir !== htmlDir)) {
    findings.push(finding('a11y-lang-dir', `outer wrapper says lang="${lang}" dir="${dir}", <html> says lang="${htmlLang}" dir="${htmlDir}"`, { excerpt }));
  }
  return findings;
}

export function checkTitle(doc: EmailDocument): Finding[] {
  const title = doc.$('head > title').first().text().trim();
  return title ? [] : [finding('a11y-title', 'no non-empty <title> in <head>')];
}

export function checkTableRole(doc: EmailDocument): Finding[] {
  return doc
    .$('table')
    .toArray()
    .filter((table) => {
      const role = table.attribs['role']?.trim().toLowerCase();
      if (role === 'presentation' || role === 'none') return false;
      return doc.$(table).find('th').length === 0;
    })
    .map((table) => finding('a11y-table-role', 'layout <table> without role="presentation"', { excerpt: shorten(excerptOf(doc.$, table), 120) }));
}

export function checkImageAlt(doc: EmailDocument): Finding[] {
  return doc
    .$('img:not([alt])')
    .toArray()
    .map((image) => finding('a11y-img-alt', '<img> without alt attribute (use alt="" for decoration)', { excerpt: excerptOf(doc.$, image) }));
}

export function checkHeadings(doc: EmailDocument): Finding[] {
  const headings = doc.$('body').find('h1, h2, h3, h4, h5, h6').toArray();
  const findings: Finding[] = [];
  const h1Count = headings.filter((heading) => heading.name === 'h1').length;
  if (h1Count !== 1) findings.push(finding('a11y-headings', `${h1Count} <h1> elements; exactly one is needed`));
  let previous = 0;
  for (const heading of headings) {
    const level = Number(heading.name.slice(1));
    if (level > previous + 1) {
      findings.push(finding('a11y-headings', `<${heading.name}> follows ${previous === 0 ? 'no heading' : `<h${previous}>`}: heading levels skip`, { excerpt: excerptOf(doc.$, heading) }));
    }
    previous = level;
  }
  return findings;
}

const vagueLinkNames = new Set([
  'hier',
  'mehr',
  'weiter',
  'weiterlesen',
  'weiter lesen',
  'mehr lesen',
  'mehr erfahren',
  'hier klicken',
  'klicken sie hier',
  'klicken sie bitte hier',
  'link',
  'here',
  'more',
  'read more',
  'learn more',
  'click here',
]);

export function normalizeLinkName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

export function checkLinkNames(doc: EmailDocument): Finding[] {
  const findings: Finding[] = [];
  for (const link of doc.$('body a[href]').toArray()) {
    if (isHidden(link)) continue;
    const name = accessibleName(doc.$, link);
    const excerpt = excerptOf(doc.$, link);
    if (!name) {
      findings.push(finding('a11y-link-name', 'link without accessible name (no text, aria-label or image alt)', { excerpt }));
    } else if (vagueLinkNames.has(normalizeLinkName(name))) {
      findings.push(finding('a11y-link-name', `link named only "${name}": say where it goes (e.g. aria-label with the headline)`, { excerpt }));
    }
  }
  return findings;
}

const MIN_BODY_PX = 14;
const MIN_FOOTER_PX = 12;
const ROOT_PX = 16;
const keywordSizes: Record<string, number> = {
  'xx-small': 9,
  'x-small': 10,
  small: 13,
  medium: 16,
  large: 18,
  'x-large': 24,
  'xx-large': 32,
};
/** Browser default sizes relative to the parent, for elements without an inline font-size. */
const tagFactors: Record<string, number> = { h1: 2, h2: 1.5, h3: 1.17, h4: 1, h5: 0.83, h6: 0.67, small: 0.83, sub: 0.83, sup: 0.83 };

function declaredFontSize(element: Element): string | undefined {
  const style = styleOf(element);
  const size = style.get('font-size');
  if (size) return size;
  // `font: italic bold 12px/1.5 Arial` — the size is the token before the optional /line-height.
  const shorthand = style.get('font');
  return shorthand ? /(?:^|\s)([\d.]+(?:px|pt|em|rem|%)|[a-z-]+-?small|medium|[a-z-]*large)(?:\/|\s|$)/i.exec(shorthand)?.[1] : undefined;
}

function resolveFontSize(value: string, parentPx: number): number {
  const keyword = keywordSizes[value.toLowerCase()];
  if (keyword !== undefined) return keyword;
  if (/^smaller$/i.test(value)) return parentPx / 1.2;
  if (/^larger$/i.test(value)) return parentPx * 1.2;
  const match = /^([\d.]+)(px|pt|em|rem|%)?$/i.exec(value.trim());
  if (!match) return parentPx;
  const number = Number(match[1]);
  switch (match[2]?.toLowerCase()) {
    case 'pt':
      return (number * 96) / 72;
    case 'em':
      return number * parentPx;
    case 'rem':
      return number * ROOT_PX;
    case '%':
      return (number / 100) * parentPx;
    default:
      return number;
  }
}

/** Computed font size in px from inline styles and browser defaults, walking up the tree. */
export function computedFontSize(element: Element, cache = new Map<Element, number>()): number {
  const cached = cache.get(element);
  if (cached !== undefined) return cached;
  const parent = parentElement(element);
  const parentPx = parent ? computedFontSize(parent, cache) : ROOT_PX;
  const declared = declaredFontSize(element);
  const size = declared ? resolveFontSize(declared, parentPx) : parentPx * (tagFactors[element.name] ?? 1);
  cache.set(element, size);
  return size;
}

/** Elements that directly hold visible, non-whitespace text. */
export function textElements(doc: EmailDocument): Element[] {
  const result: Element[] = [];
  const visit = (node: AnyNode): void => {
    if (!isElement(node)) return;
    if (node.name === 'style' || node.name === 'script' || hidesItself(node)) return; // the walk stops at hidden subtrees
    if (node.children.some((child) => child.type === 'text' && child.data.replace(/[\s\u00a0\u200b-\u200f\u2060\ufeff\u034f\u00ad]/g, '') !== '')) {
      result.push(node);
    }
    for (const child of node.children) visit(child);
  };
  if (doc.body) visit(doc.body);
  return result;
}

export function checkFontSize(doc: EmailDocument): Finding[] {
  const cache = new Map<Element, number>();
  const footers = doc.$(FOOTER_SELECTOR).toArray();
  const groups = new Map<string, { count: number; size: number; minimum: number; zone: string; excerpt: string }>();
  for (const element of textElements(doc)) {
    const size = computedFontSize(element, cache);
    if (size === 0) continue; // font-size:0 hides whitespace between inline blocks; nothing to read
    const inFooter = footers.some((footer) => isInside(element, footer));
    const minimum = inFooter ? MIN_FOOTER_PX : MIN_BODY_PX;
    if (size >= minimum - 0.01) continue;
    const zone = inFooter ? 'footer' : 'body';
    const rounded = Math.round(size * 100) / 100;
    const key = `${zone}:${rounded}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { count: 1, size: rounded, minimum, zone, excerpt: excerptOf(doc.$, element) });
  }
  return [...groups.values()].map(({ count, size, minimum, zone, excerpt }) =>
    finding('a11y-font-size', `${size}px text in ${count} element${count > 1 ? 's' : ''} of the ${zone} (minimum ${minimum}px)`, { excerpt }),
  );
}
