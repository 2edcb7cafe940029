import type { Element } from 'domhandler';
import { accessibleName, isHidden } from '../document';
import { defineRule } from '../rule';

/** German, English, Arabic ("إلغاء الاشتراك") and Hebrew ("הסרה", "ביטול המנוי") names of the unsubscribe link. */
const unsubscribeName = /abmelden|abbestellen|unsubscribe|[إا]لغاء (?:ال)?اشتراك|להסרה|הסרה מ|ביטול (?:ה)?מנוי/i;

/** Whether a link is the unsubscribe link: by its accessible name, or "unsub" in its href. */
export function isUnsubscribeLink(link: Element, name: string): boolean {
  return unsubscribeName.test(name) || /unsub/i.test(link.attribs['href'] ?? '');
}

export const unsubscribeLink = defineRule({
  id: 'unsubscribe-link',
  severity: 'error',
  description:
    'A visible link (not inside `display:none` etc.) whose accessible name matches /abmelden|abbestellen|unsubscribe/i (or the Arabic "إلغاء الاشتراك", the Hebrew "הסרה", "ביטול המנוי") or whose href contains "unsub".',
  clients: 'All; required by bulk-sender rules (Gmail/Yahoo 2024) and §7 UWG practice.',
  source: 'Gmail and Yahoo bulk-sender guidelines (2024); RFC 8058 covers the header, this covers the body',
  check(doc, { report }) {
    const present = doc.elements
      .namedInBody('a')
      .some((link) => link.attribs['href'] !== undefined && !isHidden(link) && isUnsubscribeLink(link, accessibleName(doc.$, link)));
    return present ? [] : [report('no visible unsubscribe link (text "Abmelden"/"abbestellen"/"unsubscribe" or an href with "unsubscribe")')];
  },
});
