import { classNamesInSelector, walkStylesheet } from '../css';
import { shorten } from '../document';
import { defineRule } from '../rule';
import type { Finding } from '../types';

export const styleClassName = defineRule({
  id: 'style-class-name',
  severity: 'error',
  description:
    'Class selectors in `<style>` contain no backslash escapes and do not start with a digit (`.sm\\:p-4`, `.2col`).',
  clients: 'Gmail drops the whole `<style>` block.',
  source: 'Gmail style-block behaviour from the project\'s client-safety research (2026-11); caniemail does not track it',
  check(doc, { report }) {
    const findings: Finding[] = [];
    for (const style of doc.styles) {
      for (const rule of walkStylesheet(style.sheet).rules) {
        for (const selector of rule.selectors) {
          const bad = classNamesInSelector(selector).filter((name) => name.includes('\\') || /^-?\d/.test(name));
          if (bad.length > 0) {
            findings.push(
              report(`class selector ${bad.map((name) => `.${name}`).join(', ')} is escaped or starts with a digit: Gmail drops the whole <style>`, { excerpt: shorten(selector) }),
            );
          }
        }
      }
    }
    return findings;
  },
});
