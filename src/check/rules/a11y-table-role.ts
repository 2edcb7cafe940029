import type { Element } from 'domhandler';
import { excerptOf, parentElement, shorten } from '../document';
import { defineRule } from '../rule';

export const a11yTableRole = defineRule({
  id: 'a11y-table-role',
  severity: 'error',
  description:
    'Every `<table>` has `role="presentation"` (or `none`), unless it is a data table with `<th>` cells.',
  clients: 'Screen readers announce layout tables as data otherwise.',
  source: 'WCAG 1.3.1; Email Markup Consortium',
  check(doc, { report }) {
    // Every element above a <th>, found in one walk up from each <th> that stops where an earlier
    // walk went (a find('th') per table was quadratic in tables nested a thousand deep).
    const aboveHeaderCell = new Set<Element>();
    for (const cell of doc.$('th').toArray()) {
      for (let node = parentElement(cell); node && !aboveHeaderCell.has(node); node = parentElement(node)) aboveHeaderCell.add(node);
    }
    return doc
      .$('table')
      .toArray()
      .filter((table) => {
        const role = table.attribs['role']?.trim().toLowerCase();
        if (role === 'presentation' || role === 'none') return false;
        return !aboveHeaderCell.has(table);
      })
      .map((table) => report('layout <table> without role="presentation"', { excerpt: shorten(excerptOf(doc.$, table), 120) }));
  },
});
