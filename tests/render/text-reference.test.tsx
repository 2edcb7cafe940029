import fc from 'fast-check';
import { compile, type DomNode, type HtmlToTextOptions } from 'html-to-text';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Newsletter } from '../../src';
import { toUnwrappedText } from '../../src/text';
import { catalog } from '../support/catalog';
import { exampleIssues } from '../support/issues';

/**
 * The plain-text part is read by our own streaming converter (src/text/).
 * Its rules are html-to-text's with the options below; here both read the same documents and
 * must give the same text: every example issue, every component, generated well-formed trees of
 * every element the rules name, and generated tag soup (unclosed, stray and misnested tags).
 */
const reference: HtmlToTextOptions = {
  wordwrap: false,
  limits: { maxInputLength: Number.POSITIVE_INFINITY },
  formatters: {
    nkText(elem: DomNode & { attribs?: Record<string, string> }, _walk, builder) {
      builder.openBlock({ leadingLineBreaks: 2 });
      String(elem.attribs?.['data-nk-text'] ?? '')
        .split('\n')
        .forEach((line, i) => {
          if (i > 0) builder.addLineBreak();
          builder.addInline(line);
        });
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
    { selector: 'a', options: { linkBrackets: ['<', '>'], hideLinkHrefIfSameAsText: true, ignoreHref: false } },
    { selector: 'table', format: 'block' },
    { selector: 'tr', format: 'block' },
    { selector: 'td', format: 'block' },
  ],
};
const convert = compile(reference);
/** The same finishing toUnwrappedText applies. */
const referenceText = (html: string) =>
  convert(html)
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .concat('\n');

describe('the plain-text converter reads like html-to-text', () => {
  it('on every example issue', async () => {
    const issues = await exampleIssues();
    expect(issues.length).toBeGreaterThanOrEqual(2);
    for (const { name, element } of issues) {
      const html = renderToString(element());
      expect(toUnwrappedText(html), name).toBe(referenceText(html));
    }
  });

  it('on every component', () => {
    for (const [name, block] of Object.entries(catalog)) {
      const html = renderToString(
        <Newsletter title={name} preview="Vorschau" browserUrl="https://example.org/web">
          {block()}
        </Newsletter>,
      );
      expect(toUnwrappedText(html), name).toBe(referenceText(html));
    }
  });

  const words = fc.constantFrom('Wort', 'zwei Wörter', ' ', '\n', '\t', '  lead', 'trail  ', '&amp;', '&nbsp;', '&lt;b&gt;', 'a\u200bb', 'https://example.org/x', 'x@example.org', '&copy', '&#65;', '');
  const text = fc.array(words, { maxLength: 4 }).map((parts) => parts.join(''));
  const attributes = fc.constantFrom(
    '',
    ' href="https://example.org/a"',
    ' href="mailto:x@example.org"',
    ' href="#top"',
    ' href=""',
    ' data-nk-text="Mehr: https://example.org/m"',
    ' data-nk-text=""',
    ' data-skip-in-text="true"',
    ' class="fg-text" style="color:#000"',
    ' start="3"',
    ' type="a"',
    ' type="I" start="8"',
    " title='x>y'",
    ' hidden',
    ' href="https://example.org/?a=1&amp;b=2"',
    ' HREF=https://example.org/bare',
    ' data-nk-text="A &amp; B"',
    ' data-nk-text="Zeile 1\nZeile 2"',
  );
  const tags = ['p', 'div', 'span', 'strong', 'a', 'table', 'tr', 'td', 'h1', 'h2', 'h3', 'h4', 'h6', 'ul', 'ol', 'li', 'pre', 'blockquote', 'section', 'th', 'tbody', 'center', 'b', 'P', 'Td', 'dd', 'dt', 'option', 'title', 'textarea', 'svg', 'header'];
  const voids = ['br', 'hr', 'img', 'wbr'];
  const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text,
      fc.tuple(fc.constantFrom(...voids), attributes).map(([tag, attrs]) => `<${tag}${attrs}>`),
      fc
        .tuple(fc.constantFrom(...tags), attributes, fc.array(tie('node'), { maxLength: 4 }))
        .map(([tag, attrs, children]) => `<${tag}${attrs}>${children.join('')}</${tag}>`),
    ),
  })).node;

  it('on generated well-formed trees', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 5 }), fc.boolean(), (nodes, body) => {
        const html = body ? `<html><head><title>T</title></head><body>${nodes.join('')}</body></html>` : nodes.join('');
        expect(toUnwrappedText(html)).toBe(referenceText(html));
      }),
      { numRuns: Number(process.env.TEXT_RUNS ?? 400) },
    );
  });

  it('on generated tag soup', () => {
    const piece = fc.oneof(
      text,
      // Not <title>: htmlparser2 leaves an entity right after a stray "<" in a title undecoded; we decode it.
      fc.tuple(fc.constantFrom(...tags.filter((t) => t !== 'title'), ...voids, 'body', 'svg', 'script', 'style'), attributes).map(([tag, attrs]) => `<${tag}${attrs}>`),
      fc.constantFrom(...tags, ...voids, 'body', 'svg').map((tag) => `</${tag}>`),
      fc.constantFrom('<!-- c -->', '<!DOCTYPE html>', '<g/>', '<', '< p>', '</ >', '<?x?>', 'x > y', '<BR/>', '<br/>', '</br>', '<html>', '<head>', '</head>', '<!---->', '<![CDATA[x]]>', '</1>', '&', '&am'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const html = pieces.join('');
        expect(toUnwrappedText(html)).toBe(referenceText(html));
      }),
      { numRuns: Number(process.env.TEXT_RUNS ?? 600) },
    );
  });
});
