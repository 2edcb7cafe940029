import { convert } from 'html-to-text';
import juice from 'juice';
import { describe, expect, it } from 'vitest';
import { branchenticker05 } from '../../emails/fixtures/branchenticker-05';
import { CallToAction, Issue, isSafeHref, LegalFooter, Newsletter, Paragraph, renderEmail, type IssueData } from '../../src';
import { isUrlPlaceholder, placeholder, PlaceholderError, prepareIssue } from '../../src/merge';
import { anyServiceOpeners, edgesOf, joinNeutral, neutralizerFor, WJ } from '../../src/merge/neutralize';
import { dialects } from '../../src/merge/dialects';
import { checkEmail } from '../../src/check';

const OPENERS = ['{{', '{%', '*|', '[[', '<%', '%%'];
const typed = '{{7*7}} {% if x %} *|FNAME|* [[UNSUB_LINK_EN]] <%asm_group_unsubscribe_raw_url%> %%unsub%%';
const withNews = (title: string, paragraphs: IssueData['news'][number]['paragraphs']) => {
  const data = structuredClone(branchenticker05) as IssueData;
  data.news[0]!.title = title;
  data.news[0]!.paragraphs = paragraphs;
  return data;
};

describe('typed text that would open a merge tag', () => {
  it('gets a word joiner between the two characters that open a tag, in the HTML and the text part', async () => {
    const data = withNews(typed, [typed, ['Link: ', { text: typed, href: 'https://www.vitako.de/', context: typed }]]);
    data.news[0]!.image!.alt = typed;
    const { html, text } = await renderEmail(<Issue data={data} />);
    for (const opener of [...OPENERS, '&lt;%']) {
      expect(html, opener).not.toContain(opener);
      expect(text, opener).not.toContain(opener);
    }
    expect(html).toContain(`{${WJ}{7*7}}`);
    expect(html).toContain(`&lt;${WJ}%asm`);
    expect(html).toContain(`%${WJ}%unsub%${WJ}%`);
    expect(text.replaceAll(WJ, '').replace(/\n/g, ' ')).toContain(typed);
    expect(html.replaceAll(WJ, '')).toContain(`alt="${typed.replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`);
  });

  it('leaves every other character as typed: brackets, braces around a word, comparison signs, bars', async () => {
    const plain = ['Die Kosten [1] sind gestiegen.', 'Es gilt: a < b und b > c.', 'Liebe {Name}, hallo.', 'C# <3 und A | B | C.', '50 % und 100%.', '[Anm. d. Red.]', '{ a, b }', '*fett* und * Stern'];
    const { html, text } = await renderEmail(<Issue data={withNews(plain[0]!, plain)} />);
    expect(html).not.toContain(WJ);
    expect(text).not.toContain(WJ);
    for (const p of plain) expect(text.replace(/\n/g, ' ')).toContain(p.replace('*fett*', 'fett'));
    expect(html).toContain('Es gilt: a &lt; b und b &gt; c.');
    expect(html).toContain('Liebe {Name}, hallo.');
  });

  it('sees an opener across inline formatting, which the text part joins', async () => {
    const { html, text } = await renderEmail(<Issue data={withNews('T', [['Wert {', { bold: '{7*7}}' }, ' und *', { text: '|FNAME|*', href: 'https://www.vitako.de/' }]])} />);
    expect(text).not.toContain('{{');
    expect(text).not.toContain('*|');
    expect(html).toMatch(new RegExp(`\\{<strong[^>]*>${WJ}\\{7\\*7\\}\\}`));
  });

  it('uses the openers of the chosen dialect: {WORD} for CleverReach, {word} for Mautic, only *| for Mailchimp', async () => {
    const sample = ['{FIRSTNAME} {contactfield=firstname} {{x}} *|FNAME|* {Name} [[x]]'];
    const render = (dialect?: keyof typeof dialects) => renderEmail(<Issue data={withNews('T', sample)} />, dialect ? { dialect } : {});
    const text = async (dialect?: keyof typeof dialects) => (await render(dialect)).text.split('\n').find((l) => l.includes('FIRSTNAME'))!;
    expect(await text()).toBe(`{FIRSTNAME} {contactfield=firstname} {${WJ}{x}} *${WJ}|FNAME|* {Name} [${WJ}[x]]`);
    expect(await text('cleverreach')).toBe(`{${WJ}FIRSTNAME} {contactfield=firstname} {{x}} *|FNAME|* {${WJ}Name} [[x]]`);
    expect(await text('mautic')).toBe(`{FIRSTNAME} {${WJ}contactfield=firstname} {{${WJ}x}} *|FNAME|* {Name} [[x]]`);
    expect(await text('mailchimp')).toBe(`{FIRSTNAME} {contactfield=firstname} {{x}} *${WJ}|FNAME|* {Name} [[x]]`);
    expect(neutralizerFor(dialects.brevo.tagOpeners).openers).toEqual(['{{', '{%']);
  });

  it('leaves CSS, URLs and Outlook conditionals alone', async () => {
    const { html, text } = await renderEmail(
      <Newsletter title="T" preview="P">
        <Paragraph>
          a {'{{x}}'} b <a href="https://example.org/?q={{x}}">c</a>
        </Paragraph>
        <CallToAction href="{{ unsubscribe }}">{'Abmelden {{x}}'}</CallToAction>
        <LegalFooter publisher={branchenticker05.footer.publisher} unsubscribeUrl="*|UNSUB|*" />
      </Newsletter>,
      {},
    );
    expect(text).toContain(`Abmelden {${WJ}{x}}: {{ unsubscribe }}`);
    expect(html).toContain(`a {${WJ}{x}} b`);
    expect(html).toContain('href="https://example.org/?q={{x}}"');
    expect(html).toContain('href="*|UNSUB|*"');
    const style = html.slice(html.indexOf('<style'), html.indexOf('</style>'));
    expect(style).toContain('{');
    expect(style).not.toContain(WJ);
    expect(html).toContain('<!--[if mso]><table role="presentation"');
  });

  it('in pieces joined at their edges gives what it gives for the whole string', () => {
    const n = neutralizerFor(anyServiceOpeners);
    const cases: [string, string, string][] = [
      ['Hallo ', '{', '{x}}'],
      ['a *', '|b', ''],
      ['', '%', '%'],
      ['x <', '%y', '%>'],
      ['[', '[', '['],
      ['a', 'b{', '{'],
    ];
    for (const [before, value, after] of cases) {
      const whole = n.text(before + value + after);
      const parts = [before, after];
      expect(joinNeutral(parts, [n.text(value)], [true], edgesOf(parts, 'text'), n), JSON.stringify([before, value, after])).toBe(whole);
      const htmlParts = [`<p>${before.replace(/</g, '&lt;')}`, `${after.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`];
      const escaped = n.text(value).replace(/</g, '&lt;');
      expect(joinNeutral(htmlParts, [escaped], [true], edgesOf(htmlParts, 'html'), n)).toBe(n.html(`<p>${(before + value + after).replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`));
    }
    // Across inline formatting, and with the word joiner placed before the second character.
    const parts = ['<p>a {<strong>', '</strong></p>'];
    expect(joinNeutral(parts, ['{b'], [true], edgesOf(parts, 'html'), n)).toBe(`<p>a {<strong>${WJ}{b</strong></p>`);
    expect(n.html('<p>a {<strong>{b</strong></p>')).toBe(`<p>a {<strong>${WJ}{b</strong></p>`);
    expect(n.html('<p>&lt;%x%&gt;</p>')).toBe(`<p>&lt;${WJ}%x%&gt;</p>`);
    expect(n.html('<p title="a *|b">x</p>')).toBe(`<p title="a *${WJ}|b">x</p>`);
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

  it('beside typed text: a dialect tag and an authored brace get the word joiner where they would open a tag together', async () => {
    const data = structuredClone(branchenticker05) as IssueData;
    data.intro!.greeting = `Liebe {${placeholder.firstName()}|x, hallo *${placeholder.custom('company')}`;
    const brevo = await renderEmail(<Issue data={data} />, { dialect: 'brevo' });
    expect(brevo.html).toContain(`Liebe {${WJ}{{ contact.FIRSTNAME }}|x, hallo *{{ contact.COMPANY }}`);
    const mailchimp = await renderEmail(<Issue data={data} />, { dialect: 'mailchimp' });
    expect(mailchimp.html).toContain(`Liebe {*|FNAME|*${WJ}|x, hallo **|COMPANY|*`);
    expect(mailchimp.text).toContain(`Liebe {*|FNAME|*${WJ}|x, hallo **|COMPANY|*`);
  });

  it('reject names and fallbacks that a dialect could not spell', () => {
    expect(() => placeholder.custom('first name')).toThrow(/name must be letters and digits/);
    expect(() => placeholder.custom('firstName')).toThrow(/is built in/);
    expect(() => placeholder.firstName({ fallback: 'Leser"in' })).toThrow(PlaceholderError);
    expect(() => placeholder.firstName({ fallback: '{{x}}' })).toThrow(/fallback must be letters/);
    expect(() => placeholder.custom('profile', { kind: 'url', fallback: 'x' })).toThrow(/a URL field has no fallback/);
  });
});
