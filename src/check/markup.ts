import type { Element } from 'domhandler';
import { attrSelector, markup, sections } from '../base/markup';
import { isElement, type EmailDocument } from './document';

/** `[data-nk-section="footer"]`: the legal footer as newsletter-kit's components mark it. */
export const footerSelector = attrSelector(markup.section, sections.footer);

export function legalFooters(doc: EmailDocument): Element[] {
  return doc.$(footerSelector).toArray().filter(isElement);
}
