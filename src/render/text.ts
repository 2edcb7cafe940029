import { compile, type HtmlToTextOptions } from 'html-to-text';
import { findForbiddenCharacter, forbiddenCharacterMessage, NewsletterPropError } from '../base/values';

/**
 * How the plain-text part reads. Components decide their own text through two attributes:
 * `data-skip-in-text` (the preheader) and `data-nk-text="…"` (the block reads as exactly that,
 * e.g. "Mehr: https://…" instead of a bare "Mehr…"). Everything else is converted as written:
 * headlines keep their case, links read "text <url>", images are left out (their credit lines
 * are text of their own).
 */
const options: HtmlToTextOptions = {
  wordwrap: false,
  // html-to-text cuts input above 16 MiB with only a console warning: the last items, the
  // Impressum and the unsubscribe link would vanish from text/plain. No limit: nothing is lost.
  limits: { maxInputLength: Number.POSITIVE_INFINITY },
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

/** html-to-text's converter, compiled from `options` on first use (compiling costs as much as converting). */
let convertHtml: ((html: string) => string) | undefined;

/** Line width of the plain-text part. */
export const TEXT_WIDTH = 78;

/**
 * The plain-text part before line wrapping: one line per paragraph. Wrapping comes last, after
 * any per-recipient value is in place, so a value never sits in a line wrapped for something else.
 */
export function toUnwrappedText(html: string): string {
  if (typeof html !== 'string') {
    throw new NewsletterPropError('toPlainText', [{ prop: 'html', message: `must be a string of HTML, got ${typeof html}` }]);
  }
  refuseForbidden(html, 'the HTML');
  const text = (convertHtml ??= compile(options))(html);
  refuseForbidden(text, 'the plain-text part');
  return text
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .concat('\n');
}

/**
 * Wraps one line at spaces to `TEXT_WIDTH`, the way html-to-text does: greedy, a word longer
 * than the width (a URL) stands alone on its line and is never split.
 */
export function wrapLine(line: string): string {
  if (line.length <= TEXT_WIDTH) return line;
  let out = '';
  let current = '';
  for (const word of line.split(' ')) {
    if (current === '') current = word;
    else if (current.length + 1 + word.length <= TEXT_WIDTH) current += ' ' + word;
    else {
      out += current + '\n';
      current = word;
    }
  }
  return out + current;
}

/** Wraps every line of unwrapped text. */
export function wrapText(text: string): string {
  return text.split('\n').map(wrapLine).join('\n');
}

export function toPlainText(html: string): string {
  return wrapText(toUnwrappedText(html));
}

/** Control characters and bidi overrides are refused (they come from unvalidated children), never passed on or dropped. */
function refuseForbidden(value: string, what: string): void {
  const found = findForbiddenCharacter(value);
  if (!found) return;
  const around = JSON.stringify(value.slice(Math.max(0, found.index - 30), found.index + 30));
  throw new NewsletterPropError('toPlainText', [
    { prop: '', message: `${what} ${forbiddenCharacterMessage(found)}; near ${around}. Remove it from the text where it comes from.` },
  ]);
}
