import { textOf } from '../document';
import { defineRule } from '../rule';

const MAX_PREHEADER = 150;
/** Characters React Email's Preview (and others) append so clients show no body text after the preheader. */
const preheaderPadding = /[\s\u00a0\u00ad\u034f\u180e\u2007\u200b-\u200f\u2028\u2029\u202f\u2060\ufeff]+/g;

export function preheaderText(text: string): string {
  return text.replace(preheaderPadding, ' ').trim();
}

export const preheaderLength = defineRule({
  id: 'preheader-length',
  severity: 'warning',
  description:
    'The preheader (the first element of `<body>` when it is hidden) has at most 150 characters of text, not counting the padding characters React Email\'s Preview appends (NBSP, U+200B–U+200F, U+2060, U+FEFF, U+034F, U+00AD, U+2007, U+180E).',
  clients: 'Inbox list previews show 35–140 characters; longer text is cut, not broken — so a warning.',
  source: 'Common email practice',
  check(doc, { report }) {
    if (!doc.preheader) return [];
    const text = preheaderText(textOf(doc.preheader));
    const length = [...text].length;
    return length > MAX_PREHEADER ? [report(`preheader has ${length} characters (at most ${MAX_PREHEADER}); inboxes cut it`, { excerpt: text.slice(0, 80) })] : [];
  },
});
