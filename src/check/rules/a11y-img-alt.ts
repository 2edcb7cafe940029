import { excerptOf } from '../document';
import { defineRule } from '../rule';

export const a11yImgAlt = defineRule({
  id: 'a11y-img-alt',
  severity: 'error',
  description:
    'Every `<img>` has an `alt` attribute (`alt=""` for decorative images).',
  clients: 'Screen readers read the file name; with images blocked the alt text is all the reader sees.',
  source: 'WCAG 1.1.1',
  check(doc, { report }) {
    return doc.elements
      .named('img')
      .filter((image) => image.attribs['alt'] === undefined)
      .map((image) => report('<img> without alt attribute (use alt="" for decoration)', { excerpt: excerptOf(doc.$, image) }));
  },
});
