import { titleOf } from '../document';
import { defineRule } from '../rule';

export const a11yTitle = defineRule({
  id: 'a11y-title',
  severity: 'error',
  description:
    'A non-empty `<title>` in `<head>`.',
  clients: 'Screen readers and "view in browser" tabs.',
  source: 'WCAG 2.4.2; Email Markup Consortium',
  check(doc, { report }) {
    const title = titleOf(doc).trim();
    return title ? [] : [report('no non-empty <title> in <head>')];
  },
});
