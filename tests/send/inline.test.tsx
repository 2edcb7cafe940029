import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import Branchenticker05 from '../../emails/branchenticker-05';
import { branchenticker05 } from '../../emails/fixtures/branchenticker-05';
import { Issue, issueSchema, renderEmail, type IssueData } from '../../src';
import { parseInline } from '../../src/issue/inline';

const root = join(import.meta.dirname, '..', '..');
const withParagraph = (p: string): IssueData => ({ ...branchenticker05, intro: { ...branchenticker05.intro, paragraphs: [p] } });
const introHtml = async (p: string) => {
  const { html } = await renderEmail(<Issue data={withParagraph(p)} />);
  return html.split('Liebe Leserinnen und Leser,')[1]!.split('Bleiben Sie gesund')[0]!;
};

describe('inline format in paragraphs', () => {
  it('parses links (title as screen-reader context), bold and italic, nested', () => {
    expect(parseInline('a **b [c *d*](https://x.de/?a=1&b=2 "where") e**')).toEqual([
      { type: 'text', text: 'a ' },
      {
        type: 'strong',
        children: [
          { type: 'text', text: 'b ' },
          { type: 'link', href: 'https://x.de/?a=1&b=2', context: 'where', children: [{ type: 'text', text: 'c ' }, { type: 'em', children: [{ type: 'text', text: 'd' }] }] },
          { type: 'text', text: ' e' },
        ],
      },
    ]);
  });

  it('keeps everything else literal: raw HTML, entities, headings, code, autolinks, underscores, gender stars', () => {
    const literal = '<b>x</b> &amp; # h `c` <https://x.de> ~~s~~ snake_case _u_ Leser*innen und Bürger*innen *|FNAME|* *|UNSUB|* \\<!-- C:\\Temp \\*';
    expect(parseInline(literal)).toEqual([{ type: 'text', text: literal }]);
  });

  it('leaves merge tags in link targets exactly as written', () => {
    expect(parseInline('[abbestellen](*|UNSUB|*)')).toEqual([{ type: 'link', href: '*|UNSUB|*', children: [{ type: 'text', text: 'abbestellen' }] }]);
  });

  it('renders raw HTML as text, and bold, italic and links as markup', async () => {
    const html = await introHtml('Ein <script>alert(1)</script> **fetter** und *kursiver* [Link](https://example.org "Beispiel").');
    // Typed "<" is text (escaped); the markup comes only from the inline format.
    expect(html).toMatch(/Ein &lt;\u2060?script&gt;alert\(1\)&lt;\u2060?\/script&gt; <strong>fetter<\/strong> und <em>kursiver<\/em> <a href="https:\/\/example.org"/);
    expect(html).toContain('Link<span');
    expect(html).toContain(' (Beispiel)</span></a>.');
    expect(html).not.toContain('<script>');
  });

  it('validates link targets like every other href, and reports links that did not parse', () => {
    const result = issueSchema.safeParse(withParagraph('Siehe [hier](javascript:alert(1)) und [dort](https://a.de/mit leerzeichen).'));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['intro.paragraphs.0', 'has a link that must be an absolute https:, http:, mailto: or tel: URL or a whole ESP merge tag; write e.g. "https://www.example.org/seite", "mailto:redaktion@example.org?subject=Abmelden", "tel:+49302063156" or "{{unsubscribe_url}}" (https:// or http:// with a host, no user@, spaces or backslashes); got "javascript:alert(1)"'],
      ['intro.paragraphs.0', 'has "[dort](https://a.de/mit leerzeichen)", which is not a link: write [text](https://…) with no space in the URL'],
    ]);
  });

  it('keeps run arrays valid and literal', async () => {
    expect(await introHtml('x')).toBeTruthy();
    const { html } = await renderEmail(<Issue data={{ ...branchenticker05, intro: { ...branchenticker05.intro, paragraphs: [['**nicht fett** ', { bold: 'fett' }]] } }} />);
    expect(html).toContain('**nicht fett** <strong>fett</strong>');
  });

  it('emails/branchenticker-05.yaml renders byte-identical to the .tsx example', async () => {
    const data = parse(await readFile(join(root, 'emails', 'branchenticker-05.yaml'), 'utf8')) as IssueData;
    const fromYaml = await renderEmail(<Issue data={data} />);
    const fromTsx = await renderEmail(<Branchenticker05 {...Branchenticker05.PreviewProps} />);
    expect(fromYaml.html).toBe(fromTsx.html);
    expect(fromYaml.text).toBe(fromTsx.text);
  });
});

describe('the unsubscribe URL, written once', () => {
  const { unsubscribeUrl, ...footer } = branchenticker05.footer;
  it('comes from unsubscribe.url into the footer link', async () => {
    const { html } = await renderEmail(<Issue data={{ ...branchenticker05, footer, unsubscribe: { url: 'https://example.org/bye' } }} />);
    expect(html).toContain('href="https://example.org/bye"');
    expect(html).not.toContain(unsubscribeUrl);
  });

  it('is an error when given twice or not at all', () => {
    const twice = issueSchema.safeParse({ ...branchenticker05, unsubscribe: { url: 'https://example.org/bye' } });
    expect(twice.error?.issues.map((i) => i.path.join('.'))).toEqual(['footer.unsubscribeUrl']);
    const none = issueSchema.safeParse({ ...branchenticker05, footer });
    expect(none.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['unsubscribe', 'is required: { url } of the one-click unsubscribe page, used by the footer link and the List-Unsubscribe header'],
    ]);
  });
});
