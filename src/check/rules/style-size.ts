import { byteLength } from '../bytes';
import { defineRule } from '../rule';

const STYLE_BUDGET = 16 * 1024;

export const styleSize = defineRule({
  id: 'style-size',
  severity: 'error',
  description:
    'All `<style>` elements together hold at most 16 KB (16,384 bytes of UTF-8).',
  clients: 'Gmail drops the whole `<style>` block when it is larger.',
  source: 'https://www.caniemail.com/features/html-style/ (note 6); hteumeuleu/email-bugs#90',
  check(doc, { report }) {
    const bytes = doc.styles.reduce((sum, style) => sum + byteLength(style.css), 0);
    return bytes > STYLE_BUDGET ? [report(`<style> holds ${bytes.toLocaleString('en')} bytes (limit ${STYLE_BUDGET.toLocaleString('en')}): Gmail drops it`)] : [];
  },
});
