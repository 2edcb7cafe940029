import { convert, type HtmlToTextOptions } from 'html-to-text';

/**
 * How the plain-text part reads. Components decide their own text through two attributes:
 * `data-skip-in-text` (the preheader) and `data-nk-text="…"` (the block reads as exactly that,
 * e.g. "Mehr: https://…" instead of a bare "Mehr…"). Everything else is converted as written:
 * headlines keep their case, links read "text <url>", images are left out (their credit lines
 * are text of their own).
 */
const options: HtmlToTextOptions = {
  wordwrap: 78,
  formatters: {
    nkText(elem, _walk, builder) {
      builder.openBlock({ leadingLineBreaks: 2 });
      builder.addInline(String(elem.attribs?.['data-nk-text'] ?? ''));
      builder.closeBlock({ trailingLineBreaks: 2 });
    },
  },
  selectors: [
    { selector: '[data-skip-in-text]', format: 'skip' },
    { selector: '[data-nk-text]', format: 'nkText' },
    { selector: 'img', format: 'skip' },
    { selector: 'h1', options: { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 1 } },
    { selector: 'h2', options: { uppercase: false, leadingLineBreaks: 3, trailingLineBreaks: 2 } },
    { selector: 'h3', options: { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 1 } },
    {
      selector: 'a',
      options: { linkBrackets: ['<', '>'], hideLinkHrefIfSameAsText: true, ignoreHref: false },
    },
    { selector: 'table', format: 'block' },
    { selector: 'tr', format: 'block' },
    { selector: 'td', format: 'block' },
  ],
};

export function toPlainText(html: string): string {
  return convert(html, options)
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .concat('\n');
}
