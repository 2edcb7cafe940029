import { accessibleName, isHidden } from '../document';
import { defineRule } from '../rule';

/** German, English, Arabic ("في المتصفح", in the browser) and Hebrew ("בדפדפן") names of the link to the web version. */
const webVersionName = /im browser|webversion|web version|online (?:an)?sehen|online lesen|view (?:it )?(?:in|on) (?:your |the )?browser|view online|في المتصفح|النسخة الإلكترونية|בדפדפן/i;

export const viewInBrowser = defineRule({
  id: 'view-in-browser',
  severity: 'warning',
  description:
    'A link to the web version: name matching /im browser|webversion|web version|online (an)?sehen|online lesen|view (it )?(in|on) (your |the )?browser|view online/i, or in Arabic "في المتصفح" (in the browser), "النسخة الإلكترونية", in Hebrew "בדפדפן".',
  clients: 'Readers whose client breaks the layout.',
  source: 'Common newsletter practice',
  check(doc, { report }) {
    const present = doc.elements
      .namedInBody('a')
      .some((link) => link.attribs['href'] !== undefined && !isHidden(link) && webVersionName.test(accessibleName(doc.$, link)));
    return present ? [] : [report('no "view in browser" link (e.g. "Im Browser ansehen", "View in browser")')];
  },
});
