import { excerptOf, shorten } from '../document';
import { defineRule } from '../rule';

export const a11yTableRole = defineRule({
  id: 'a11y-table-role',
  severity: 'error',
  description:
    'Every `<table>` has `role="presentation"` (or `none`), unless it is a data table with `<th>` cells.',
  clients: 'Screen readers announce layout tables as data otherwise.',
  source: 'WCAG 1.3.1; Email Markup Consortium',
  check(doc, { report }) {
    return doc
      .$('table')
      .toArray()
      .filter((table) => {
        const role = table.attribs['role']?.trim().toLowerCase();
        if (role === 'presentation' || role === 'none') return false;
        return doc.$(table).find('th').length === 0;
      })
      .map((table) => report('layout <table> without role="presentation"', { excerpt: shorten(excerptOf(doc.$, table), 120) }));
  },
});
