import { excerptOf, shorten } from '../document';
import { defineRule } from '../rule';
import type { Finding } from '../types';

export const a11yLangDir = defineRule({
  id: 'a11y-lang-dir',
  severity: 'error',
  description:
    '`lang` and `dir` on `<html>` and on the outer wrapper, with the same values. The outer wrapper is the first element child of `<body>` that is or contains a `<table>`, skipping the hidden preheader.',
  clients: 'Many webmails drop `<html>` (Roundcube, Gmail); screen readers then guess the language.',
  source: 'Email Markup Consortium accessibility checks; WCAG 3.1.1',
  check(doc, { report }) {
    const findings: Finding[] = [];
    const html = doc.elements.named('html')[0];
    const htmlLang = html?.attribs['lang']?.trim();
    const htmlDir = html?.attribs['dir']?.trim();
    if (!htmlLang || !htmlDir) findings.push(report(`<html> lacks ${[!htmlLang && 'lang', !htmlDir && 'dir'].filter(Boolean).join(' and ')}`));
    const wrapper = doc.outerWrapper;
    if (!wrapper) {
      findings.push(report('no outer wrapper (first element in <body> that is or contains a <table>) to carry lang and dir'));
      return findings;
    }
    const lang = wrapper.attribs['lang']?.trim();
    const dir = wrapper.attribs['dir']?.trim();
    const excerpt = shorten(excerptOf(doc.$, wrapper), 120);
    if (!lang || !dir) {
      findings.push(report(`outer wrapper lacks ${[!lang && 'lang', !dir && 'dir'].filter(Boolean).join(' and ')}: webmails drop <html>`, { excerpt }));
    } else if ((htmlLang && lang !== htmlLang) || (htmlDir && dir !== htmlDir)) {
      findings.push(report(`outer wrapper says lang="${lang}" dir="${dir}", <html> says lang="${htmlLang}" dir="${htmlDir}"`, { excerpt }));
    }
    return findings;
  },
});
