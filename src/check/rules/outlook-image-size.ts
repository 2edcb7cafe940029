import { excerptOf } from '../document';
import { defineRule } from '../rule';

export const outlookImageSize = defineRule({
  id: 'outlook-image-size',
  severity: 'error',
  description:
    'Every `<img>` has numeric `width` and `height` attributes.',
  clients: 'Outlook for Windows shows images at their file size otherwise.',
  source: 'https://www.caniemail.com/features/html-width/ and html-height',
  check(doc, { report }) {
    return doc.elements
      .named('img')
      .filter((image) => !/^\d+$/.test(image.attribs['width'] ?? '') || !/^\d+$/.test(image.attribs['height'] ?? ''))
      .map((image) => report('<img> without numeric width and height attributes: Outlook shows it at file size', { excerpt: excerptOf(doc.$, image) }));
  },
});
