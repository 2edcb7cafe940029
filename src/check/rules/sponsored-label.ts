import type { Element } from 'domhandler';
import { AA } from '../../base/contrast';
import { sections } from '../../base/markup';
import { contrastRatio } from '../colors';
import { excerptOf, normalizedText, parentElement, walk } from '../document';
import { sectionsOf } from '../markup';
import { defineRule } from '../rule';
import { textElements, textStyleOf } from '../text';
import type { Finding } from '../types';

/** A label that marks an advertisement, alone or before the sponsor's name: "Anzeige", "Anzeige – ITDZ Berlin", "Sponsored: …". */
const LABEL = /^(?:anzeige|werbung|advertisement|advertising|sponsored|gesponsert|promoted|paid partnership|paid promotion|ad|publicité|إعلان|محتوى (?:مدعوم|ممول|برعاية)|פרסומת|מודעה|תוכן ממומן)(?:\s*[–—\-:·|،]\s*.*)?$/i;
/** A label is short; a longer text that begins with such a word is a sentence. */
const LABEL_LENGTH = 60;

/**
 * The element's whitespace-collapsed text (`normalizedText`) when it has at most `max`
 * characters, else undefined: the walk stops as soon as the text is longer, so that asking for
 * every text element of a long email does not collect every text below each of them.
 */
function shortTextOf(element: Element, max: number): string | undefined {
  // Collapsing whitespace never shortens what is already collapsed, and trimming takes at most
  // one space from each end: once the collapsed text is longer than max + 2, it stays too long.
  let collapsed = '';
  let tooLong = false;
  walk(element, (node) => {
    if (tooLong) return false;
    if (node.type === 'text') {
      collapsed = `${collapsed}${node.data}`.replace(/\s+/g, ' ');
      tooLong = collapsed.length > max + 2;
    }
    return !tooLong;
  });
  if (tooLong) return undefined;
  const text = collapsed.trim();
  return text.length <= max ? text : undefined;
}

/** For each text element, the text it stands before: the next text after it that is not a headline. */
function labelledTexts(texts: readonly Element[]): Map<Element, Element | undefined> {
  const labelled = new Map<Element, Element | undefined>();
  let next: Element | undefined;
  for (let i = texts.length - 1; i >= 0; i--) {
    labelled.set(texts[i]!, next);
    if (!/^h[1-6]$/.test(texts[i]!.name)) next = texts[i];
  }
  return labelled;
}

/**
 * For each element that holds text, the first text element at or below it (texts in document
 * order): each text element marks its ancestors up to the first one an earlier text marked.
 */
function firstTexts(texts: readonly Element[]): Map<Element, Element> {
  const first = new Map<Element, Element>();
  for (const text of texts) {
    for (let node: Element | null = text; node && !first.has(node); node = parentElement(node)) first.set(node, text);
  }
  return first;
}

export const sponsoredLabel = defineRule({
  id: 'sponsored-label',
  severity: 'error',
  description:
    'Sponsored content (`data-nk-section="sponsored"`, as `Sponsored` marks it) begins with a label such as "Anzeige", "Werbung", "Advertisement" or "Sponsored"; and every such label, marked or not, is at least as large as the text it stands before (the next text that is not a headline) and has a contrast of at least 4.5:1 against its background.',
  clients: 'Every reader: an advertisement must be recognisable as one at first glance, not after reading it.',
  source: 'LG Berlin, 28.6.2022, 102 O 61/22 (a pale, small "Anzeige" does not suffice); § 6 Abs. 1 Nr. 1 DDG; § 5a Abs. 4 UWG',
  check(doc, { report }) {
    if (!doc.body) return [];
    const texts = textElements(doc);
    const regions = sectionsOf(doc, sections.sponsored);
    const findings: Finding[] = [];
    const labels = new Set<Element>();
    const firstText = regions.length ? firstTexts(texts) : new Map<Element, Element>();
    for (const region of regions) {
      const first = firstText.get(region);
      if (!first || !LABEL.test(normalizedText(doc.$, first))) {
        findings.push(report('sponsored content does not begin with a label such as "Anzeige" or "Advertisement": readers must see it is an advertisement before they read it', { excerpt: excerptOf(doc.$, first ?? region) }));
      } else labels.add(first);
    }
    for (const element of texts) {
      const text = shortTextOf(element, LABEL_LENGTH);
      if (text !== undefined && LABEL.test(text)) labels.add(element);
    }
    if (!labels.size) return findings;
    const labelled = labelledTexts(texts);
    for (const label of labels) {
      const text = normalizedText(doc.$, label);
      const { size, colour, background } = textStyleOf(doc, label);
      const next = labelled.get(label);
      const body = next ? textStyleOf(doc, next).size : 0;
      if (size + 0.01 < body) {
        findings.push(report(`the label "${text}" is ${size} px, smaller than the text it labels (${body} px): set it at least as large`, { excerpt: excerptOf(doc.$, label) }));
      }
      if (colour && background) {
        const ratio = contrastRatio(colour, background);
        if (ratio < AA.body) {
          findings.push(report(`the label "${text}" has a contrast of ${Math.floor(ratio * 100) / 100}:1, too pale to be seen at first glance: give it the body text's colour (at least ${AA.body}:1)`, { excerpt: excerptOf(doc.$, label) }));
        }
      }
    }
    return findings;
  },
});
