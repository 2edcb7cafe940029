import { excerptOf } from '../document';
import { defineRule } from '../rule';

export const stylePlacement = defineRule({
  id: 'style-placement',
  severity: 'error',
  description:
    'Every `<style>` element is inside `<head>`.',
  clients: 'Gmail',
  source: 'https://www.caniemail.com/features/html-style/ (Gmail: "Not supported inside the <body>")',
  check(doc, { report }) {
    return doc.styles.filter((style) => !style.inHead).map((style) => report('<style> outside <head>: Gmail drops it', { excerpt: excerptOf(doc.$, style.element) }));
  },
});
