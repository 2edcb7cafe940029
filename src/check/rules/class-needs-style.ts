import { classNamesInSelector, walkStylesheet } from '../css';
import { elementsBelow, excerptOf } from '../document';
import { defineRule } from '../rule';
import type { Finding } from '../types';

const outlookDarkMode = /^\s*\[data-og[sa][cb]\]/i;

export const classNeedsStyle = defineRule({
  id: 'class-needs-style',
  severity: 'error',
  description:
    'No element in `<body>` relies on a class for its essential look: a class used in the body must not be styled by a `<style>` rule outside any at-rule (rules inside `@media`/`@supports` are progressive enhancement; `[data-ogsc]`/`[data-ogsb]` rules are Outlook.com dark mode). Inline it instead.',
  clients: 'GMX and WEB.DE ignore `<style>` entirely; so does the Gmail app for non-Google accounts.',
  source: 'https://www.caniemail.com/features/html-style/ (GMX since 2023-07, WEB.DE since 2025-04)',
  check(doc, { report }) {
    const essential = new Map<string, string>();
    for (const style of doc.styles) {
      for (const rule of walkStylesheet(style.sheet).rules) {
        if (rule.atRules.length > 0 || rule.declarations.length === 0) continue;
        for (const selector of rule.selectors) {
          if (outlookDarkMode.test(selector)) continue;
          for (const name of classNamesInSelector(selector)) {
            const unescaped = name.replace(/\\(.)/g, '$1');
            if (!essential.has(unescaped)) essential.set(unescaped, selector);
          }
        }
      }
    }
    if (essential.size === 0 || !doc.body) return [];
    const findings: Finding[] = [];
    const reported = new Set<string>();
    for (const element of elementsBelow(doc, doc.body)) {
      const classes = element.attribs['class'];
      if (classes === undefined) continue;
      for (const name of classes.split(/\s+/)) {
        const selector = essential.get(name);
        if (!selector || reported.has(name)) continue;
        reported.add(name);
        findings.push(
          report(`class "${name}" is styled by "${selector}" outside @media: GMX and WEB.DE drop <style>, inline this style`, { excerpt: excerptOf(doc.$, element) }),
        );
      }
    }
    return findings;
  },
});
