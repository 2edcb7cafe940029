import { accessibleName, excerptOf, isHidden, type EmailDocument } from '../document';
import { finding } from '../finding';
import type { Finding } from '../types';

/** An href that is one ESP merge tag, filled with a real URL by the sending service. */
const mergeTag = [
  /^\{\{\{?\s*[\w.\- ]+\s*\}?\}\}$/, // Handlebars, Liquid, Mustache: {{unsubscribe_url}}, {{{ url }}}
  /^\*\|[A-Z0-9_:-]+\|\*$/i, // Mailchimp: *|UNSUB|*
  /^%%[\w.:=-]+%%$/, // Salesforce Marketing Cloud: %%unsub_center_url%%
];

export function isMergeTag(value: string): boolean {
  return mergeTag.some((pattern) => pattern.test(value.trim()));
}

type UrlVerdict = 'ok' | 'http' | 'bad';

function classifyUrl(value: string | undefined, allowed: RegExp): UrlVerdict {
  const url = (value ?? '').trim();
  if (isMergeTag(url)) return 'ok';
  if (allowed.test(url)) return 'ok';
  if (/^http:\/\/[^/\s]/i.test(url)) return 'http';
  return 'bad';
}

export function checkHrefs(doc: EmailDocument): Finding[] {
  const findings: Finding[] = [];
  for (const link of doc.$('body [href]').toArray()) {
    const href = link.attribs['href'] ?? '';
    const verdict = classifyUrl(href, /^(?:https:\/\/[^/\s]|mailto:|tel:)/i);
    if (verdict === 'ok') continue;
    const excerpt = excerptOf(doc.$, link);
    if (verdict === 'http') findings.push(finding('href-scheme', `plain http link "${href}": use https`, { severity: 'warning', excerpt }));
    else findings.push(finding('href-scheme', `href "${href}" is not an absolute https:, mailto: or tel: URL nor a merge tag`, { excerpt }));
  }
  return findings;
}

export function checkImageSources(doc: EmailDocument): Finding[] {
  const findings: Finding[] = [];
  for (const image of doc.$('img').toArray()) {
    const src = image.attribs['src'] ?? '';
    const verdict = classifyUrl(src, /^https:\/\/[^/\s]/i);
    if (verdict === 'ok') continue;
    const shown = src.length > 60 ? `${src.slice(0, 59)}…` : src;
    const excerpt = excerptOf(doc.$, image);
    if (verdict === 'http') findings.push(finding('img-src', `plain http image "${shown}": use https`, { severity: 'warning', excerpt }));
    else findings.push(finding('img-src', `image src "${shown}" is not an absolute https: URL`, { excerpt }));
  }
  return findings;
}

const unsubscribeName = /abmelden|abbestellen|unsubscribe/i;

export function checkUnsubscribeLink(doc: EmailDocument): Finding[] {
  const present = doc
    .$('body a[href]')
    .toArray()
    .some((link) => !isHidden(link) && (unsubscribeName.test(accessibleName(doc.$, link)) || /unsub/i.test(link.attribs['href'] ?? '')));
  return present ? [] : [finding('unsubscribe-link', 'no visible unsubscribe link (text "Abmelden"/"abbestellen"/"unsubscribe" or an href with "unsubscribe")')];
}

const webVersionName = /im browser|webversion|web version|online (?:an)?sehen|online lesen|view (?:it )?(?:in|on) (?:your |the )?browser|view online/i;

export function checkViewInBrowser(doc: EmailDocument): Finding[] {
  const present = doc
    .$('body a[href]')
    .toArray()
    .some((link) => !isHidden(link) && webVersionName.test(accessibleName(doc.$, link)));
  return present ? [] : [finding('view-in-browser', 'no "view in browser" link (e.g. "Im Browser ansehen", "View in browser")')];
}

const MAX_PREHEADER = 150;
/** Characters React Email's Preview (and others) append so clients show no body text after the preheader. */
const preheaderPadding = /[\s\u00a0\u00ad\u034f\u180e\u2007\u200b-\u200f\u2028\u2029\u202f\u2060\ufeff]+/g;

export function preheaderText(text: string): string {
  return text.replace(preheaderPadding, ' ').trim();
}

export function checkPreheader(doc: EmailDocument): Finding[] {
  if (!doc.preheader) return [];
  const text = preheaderText(doc.$(doc.preheader).text());
  const length = [...text].length;
  return length > MAX_PREHEADER
    ? [finding('preheader-length', `preheader has ${length} characters (at most ${MAX_PREHEADER}); inboxes cut it`, { excerpt: text.slice(0, 80) })]
    : [];
}
