import { convert } from 'html-to-text';
import juice from 'juice';
import { describe, expect, it } from 'vitest';
import { branchenticker05 } from '../../emails/fixtures/branchenticker-05';
import { CallToAction, Issue, isSafeHref, LegalFooter, Newsletter, Paragraph, renderEmail, type IssueData } from '../../src';
import { isUrlPlaceholder, placeholder, PlaceholderError, prepareIssue } from '../../src/merge';
import { neutralizeDelimiters, neutralizeText } from '../../src/merge/neutralize';
import { checkEmail } from '../../src/check';

const WJ = '\u2060';
const DELIMITERS = ['{{', '{%', '*|', '[[', '<%', '{contactfield', '&lt;%'];
const typed = '{{7*7}} {% if x %} *|FNAME|* [[UNSUB_LINK_EN]] <%asm_group_unsubscribe_raw_url%> {contactfield=firstname}';

describe('typed text with merge-tag delimiters', () => {
  it('is neutralised in the HTML and the text part, and reads the same once the word joiners are gone', async () => {
    const data = structuredClone(branchenticker05) as IssueData;
    data.news![0]!.title = typed;
    data.news![0]!.paragraphs = [typed, ['Link: ', { text: typed, href: 'https://www.vitako.de/', context: typed }]];
    data.news![0]!.image!.alt = typed;
    const { html, text } = await renderEmail(<Issue data={data} />);
    for (const d of DELIMITERS) {
      expect(html, d).not.toContain(d);
      expect(text, d).not.toContain(d);
    }
    expect(text.replaceAll(WJ, '').replace(/\n/g, ' ')).toContain(typed);
    expect(html.replaceAll(WJ, '')).toContain(`alt="${typed.replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`);
  });

  it('leaves CSS, URLs and Outlook conditionals alone', async () => {
    const { html, text } = await renderEmail(
      <Newsletter title="T" preview="P">
        <Paragraph>
          a {'{{x}}'} b <a href="https://example.org/?q={x}">c</a>
        </Paragraph>
        <CallToAction href="{{ unsubscribe }}">{'Abmelden {{x}}'}</CallToAction>
        <LegalFooter publisher={branchenticker05.footer.publisher} unsubscribeUrl="*|UNSUB|*" />
      </Newsletter>,
      {},
    );
    expect(text).toContain(`Abmelden {${WJ}{${WJ}x}}: {{ unsubscribe }}`);
    expect(html).toContain(`a {${WJ}{${WJ}x}} b`);
    expect(html).toContain('href="https://example.org/?q={x}"');
    expect(html).toContain('href="*|UNSUB|*"');
    const style = html.slice(html.indexOf('<style'), html.indexOf('</style>'));
    expect(style).toContain('{');
    expect(style).not.toContain(WJ);
    expect(html).toContain('<!--[if mso]><table role="presentation"');
  });

  it('gives the same result in pieces as in one string, so filled values match a full render', () => {
    const a = 'Hallo *';
    const b = '|FNAME| {';
    expect(neutralizeText(a) + neutralizeText(b)).toBe(neutralizeText(a + b));
    expect(neutralizeDelimiters(`<p title="${a}">x</p>`)).toBe(`<p title="Hallo *">x</p>`);
    expect(neutralizeDelimiters('<p>&lt;%x%&gt;</p>')).toBe(`<p>&lt;${WJ}%x%&gt;</p>`);
  });
});

describe('placeholder tokens', () => {
  const tokens = {
    text: placeholder.firstName({ fallback: 'Leserin und Leser' }),
    url: placeholder.unsubscribeUrl(),
  };

  it('pass juice and html-to-text byte for byte', () => {
    const html = `<html><head><style>p{color:red} a{color:blue}</style></head><body><p title="${tokens.text}">Hallo ${tokens.text}, <a href="${tokens.url}">${tokens.url}</a></p></body></html>`;
    const inlined = juice(html, { removeStyleTags: true });
    expect(inlined).toContain(`<p title="${tokens.text}" style="color: red;">Hallo ${tokens.text}, <a href="${tokens.url}" style="color: blue;">${tokens.url}</a></p>`);
    expect(convert(inlined, { wordwrap: false })).toBe(`Hallo ${tokens.text}, ${tokens.url} [${tokens.url}]`);
  });

  it('pass React, the post-processing and the check unchanged', async () => {
    const data = structuredClone(branchenticker05) as IssueData;
    data.intro!.greeting = `Liebe ${tokens.text},`;
    data.footer.unsubscribeUrl = tokens.url;
    const prepared = await prepareIssue(data);
    expect(prepared.html).toContain(`>Liebe ${tokens.text},</p>`);
    expect(prepared.html).toContain(`<a href="${tokens.url}" style=`);
    expect(prepared.text).toContain(`\nLiebe ${tokens.text},\n`);
    expect(prepared.text).toContain(`<${tokens.url}>`);
    expect(checkEmail(prepared.template).filter((f) => /href|unsubscribe/.test(f.rule))).toEqual([]);
    expect(isSafeHref(tokens.url)).toBe(true);
    expect(isUrlPlaceholder(tokens.url)).toBe(true);
    expect(isUrlPlaceholder(`${tokens.url}?x=1`)).toBe(false);
  });

  it('reject names and fallbacks that a dialect could not spell', () => {
    expect(() => placeholder.custom('first name')).toThrow(/name must be letters and digits/);
    expect(() => placeholder.custom('firstName')).toThrow(/is built in/);
    expect(() => placeholder.firstName({ fallback: 'Leser"in' })).toThrow(PlaceholderError);
    expect(() => placeholder.firstName({ fallback: '{{x}}' })).toThrow(/fallback must be letters/);
    expect(() => placeholder.custom('profile', { kind: 'url', fallback: 'x' })).toThrow(/a URL field has no fallback/);
  });
});
