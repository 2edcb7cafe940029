import type { Element } from 'domhandler';
import { attrSelector, markup, sections } from '../base/markup';
import { isElement, walk, type EmailDocument } from './document';

/** `[data-nk-section="footer"]`: the legal footer as newsletter-kit's components mark it. */
export const footerSelector = attrSelector(markup.section, sections.footer);

/** The elements marked as a section of this kind (`[data-nk-section="…"]`), in document order. */
export function sectionsOf(doc: EmailDocument, kind: (typeof sections)[keyof typeof sections]): readonly Element[] {
  let byKind = sectionsByKind.get(doc);
  if (!byKind) {
    byKind = new Map();
    for (const element of doc.elements.all) {
      const section = element.attribs[markup.section];
      if (section === undefined) continue;
      const list = byKind.get(section);
      if (list) list.push(element);
      else byKind.set(section, [element]);
    }
    sectionsByKind.set(doc, byKind);
  }
  return byKind.get(kind) ?? [];
}

/** The marked sections of each parsed email by kind, found in one pass over its elements when first asked for. */
const sectionsByKind = new WeakMap<EmailDocument, Map<string, Element[]>>();

export function legalFooters(doc: EmailDocument): readonly Element[] {
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
