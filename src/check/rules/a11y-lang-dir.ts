import { excerptOf, shorten, styleOf } from '../document';
import { defineRule } from '../rule';
import type { Finding } from '../types';

/**
 * Languages written right to left, by primary subtag: Arabic, Hebrew (and its old code iw),
 * Persian, Urdu, Pashto, Sindhi, Uyghur, Yiddish, Dhivehi, Central Kurdish, Syriac, N'Ko.
 */
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'syr', 'nqo']);
const DIRECTIONS = new Set(['ltr', 'rtl', 'auto']);

/** Scripts written right to left: Arabic, Hebrew, Syriac, Thaana, N'Ko, Adlam, Hanifi Rohingya. */
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg']);

/** The direction a language tag is written in, when its primary subtag says so ("ar-EG" → rtl). */
export function directionOfLanguage(lang: string): 'ltr' | 'rtl' {
  const [language = '', second] = lang.toLowerCase().split('-');
  // A script subtag (the four letters after the language, BCP 47) decides where one is given:
  // "ku-Arab" is written right to left, "az-Latn" left to right; "ar-u-nu-latn" is still Arabic.
  if (second !== undefined && /^[a-z]{4}$/.test(second)) return RTL_SCRIPTS.has(second) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

export const a11yLangDir = defineRule({
  id: 'a11y-lang-dir',
  severity: 'error',
  alsoWarns: 'for `dir="rtl"` on a language written left to right',
  description:
    '`lang` and `dir` on `<html>` and on the outer wrapper, with the same values. The outer wrapper is the first element child of `<body>` that is or contains a `<table>`, skipping the hidden preheader. `dir` is `ltr`, `rtl` or `auto`; a language written right to left (Arabic, Hebrew, Persian, Urdu, …) is not marked `ltr`. A right-to-left wrapper also carries `direction: rtl` in its inline style: GMX and WEB.DE strip `dir` (caniemail), and Gmail drops `<html>`.',
  clients: 'Many webmails drop `<html>` (Roundcube, Gmail); screen readers then guess the language. GMX and WEB.DE strip `dir`, so a right-to-left email without inline `direction` is shown left to right there.',
  source: 'Email Markup Consortium accessibility checks; WCAG 3.1.1; caniemail "dir attribute" (GMX, WEB.DE) and "direction"',
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
      return findings;
    }
    if ((htmlLang && lang !== htmlLang) || (htmlDir && dir !== htmlDir)) {
      findings.push(report(`outer wrapper says lang="${lang}" dir="${dir}", <html> says lang="${htmlLang}" dir="${htmlDir}"`, { excerpt }));
    }
    if (!DIRECTIONS.has(dir.toLowerCase())) {
      findings.push(report(`outer wrapper has dir="${dir}": write dir="ltr", dir="rtl" or dir="auto"`, { excerpt }));
      return findings;
    }
    const written = directionOfLanguage(lang);
    const declared = dir.toLowerCase();
    if (written === 'rtl' && declared === 'ltr') {
      findings.push(report(`outer wrapper marks lang="${lang}", a language written right to left, as dir="ltr": its text would run from the left, punctuation at the wrong end; write dir="rtl" (Newsletter does for a locale with dir: 'rtl')`, { excerpt }));
    } else if (written === 'ltr' && declared === 'rtl') {
      findings.push(report(`outer wrapper marks lang="${lang}", a language written left to right, as dir="rtl": is lang or dir wrong?`, { excerpt, severity: 'warning' }));
    }
    if (declared === 'rtl') {
      const direction = styleOf(wrapper).get('direction')?.trim().toLowerCase();
      if (direction !== 'rtl') {
        findings.push(
          report(
            `outer wrapper has dir="rtl" but ${direction ? `direction: ${direction}` : 'no direction'} in its inline style: GMX and WEB.DE strip dir and show the email left to right; add style="direction:rtl"`,
            { excerpt },
          ),
        );
      }
    }
    return findings;
  },
});
