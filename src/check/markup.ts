import type { Element } from 'domhandler';
import { attrSelector, markup, sections } from '../base/markup';
import { isElement, walk, type EmailDocument } from './document';

/** `[data-nk-section="footer"]`: the legal footer as newsletter-kit's components mark it. */
export const footerSelector = attrSelector(markup.section, sections.footer);

/** The elements marked as a section of this kind (`[data-nk-section="…"]`), in document order. */
export function sectionsOf(doc: EmailDocument, kind: (typeof sections)[keyof typeof sections]): Element[] {
  return doc.elements.all.filter((element) => element.attribs[markup.section] === kind);
}

export function legalFooters(doc: EmailDocument): Element[] {
  return sectionsOf(doc, sections.footer);
}

/**
 * The containers and every element below them, in document order, each once: one walk per
 * container that is not already inside another, so that nested containers cost one pass.
 */
export function withinAny(containers: readonly Element[]): Set<Element> {
  const inside = new Set<Element>();
  for (const container of containers) {
    if (inside.has(container)) continue;
    walk(container, (node) => {
      if (!isElement(node)) return false;
      inside.add(node);
      return true;
    });
  }
  return inside;
}
