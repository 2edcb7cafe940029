import { excerptOf } from '../document';
import { classifyUrl } from '../urls';
import { defineRule } from '../rule';
import type { Finding } from '../types';

export const imgSrc = defineRule({
  id: 'img-src',
  severity: 'error',
  alsoWarns: 'for plain `http:` image URLs',
  description:
    'Every `<img src>` is an absolute `https:` URL (or an ESP merge tag as for `href-scheme`); no `data:` URIs.',
  clients: 'All; Gmail and Outlook block `data:` images.',
  source: 'https://www.caniemail.com/features/image-base64/',
  check(doc, { report }) {
    const findings: Finding[] = [];
    for (const image of doc.elements.named('img')) {
      const src = image.attribs['src'] ?? '';
      const verdict = classifyUrl(src, /^https:\/\/[^/\s]/i);
      if (verdict === 'ok') continue;
      const shown = src.length > 60 ? `${src.slice(0, 59)}…` : src;
      const excerpt = excerptOf(doc.$, image);
      if (verdict === 'http') findings.push(report(`plain http image "${shown}": use https`, { severity: 'warning', excerpt }));
      else findings.push(report(`image src "${shown}" is not an absolute https: URL`, { excerpt }));
    }
    return findings;
  },
});
