import { describe, expect, it } from 'vitest';
import { branchenticker05 } from '../../emails/fixtures/branchenticker-05';
import { Issue, renderEmail, type IssueData } from '../../src';
import { dialectCapabilities, DialectError, dialects, listUnsubscribeMode, placeholder, prepareIssue, swapPlaceholders, type Dialect, type DialectName } from '../../src/merge';

/** What each service must receive, from its documentation or public templates (docs/merge-tags.md). */
const expected: Record<DialectName, { firstName: string; unsubscribe: string; webView?: string; company: string }> = {
  mailchimp: { firstName: '*|IF:FNAME|**|FNAME|**|ELSE:|*Leserin*|END:IF|*', unsubscribe: '*|UNSUB|*', webView: '*|ARCHIVE|*', company: '*|COMPANY|*' },
  brevo: { firstName: '{{ contact.FIRSTNAME | default : "Leserin" }}', unsubscribe: '{{ unsubscribe }}', webView: '{{ mirror }}', company: '{{ contact.COMPANY }}' },
  cleverreach: { firstName: '{FIRSTNAME}', unsubscribe: '{UNSUBSCRIBE}', webView: '{ONLINE_VERSION}', company: '{COMPANY}' },
  mailjet: { firstName: '[[data:firstname:"Leserin"]]', unsubscribe: '[[UNSUB_LINK_DE]]', webView: '[[PERMALINK]]', company: '[[data:company:""]]' },
  sendgrid: { firstName: '{{#if first_name}}{{first_name}}{{else}}Leserin{{/if}}', unsubscribe: '{{{unsubscribe}}}', company: '{{company}}' },
  postmark: {
    firstName: '{{#first_name}}{{first_name}}{{/first_name}}{{^first_name}}Leserin{{/first_name}}',
    unsubscribe: '{{{ pm:unsubscribe }}}',
    company: '{{company}}',
  },
  listmonk: { firstName: '{{ or .Subscriber.FirstName "Leserin" }}', unsubscribe: '{{ UnsubscribeURL }}', webView: '{{ MessageURL }}', company: '{{ .Subscriber.Attribs.company }}' },
  mautic: { firstName: '{contactfield=firstname|Leserin}', unsubscribe: '{unsubscribe_url}', webView: '{webview_url}', company: '{contactfield=company}' },
  keila: { firstName: '{{ contact.first_name | default: "Leserin" }}', unsubscribe: '{{ unsubscribe_link }}', company: '{{ contact.data.company }}' },
};

const names = Object.keys(dialects) as DialectName[];

function issueFor(name: DialectName): IssueData {
  const d: Dialect = dialects[name];
  const firstName = placeholder.firstName(d.fallback ? { fallback: 'Leserin' } : {});
  const data = structuredClone(branchenticker05) as IssueData;
  data.browserUrl = d.webViewUrl ? placeholder.webViewUrl() : 'https://www.vitako.de/newsletter/branchenticker-05';
  data.intro!.greeting = `Liebe ${firstName},`;
  data.intro!.paragraphs.push(`Sie lesen diese Ausgabe als Mitglied von ${placeholder.custom('company')}.`);
  data.footer.unsubscribeUrl = placeholder.unsubscribeUrl();
  return data;
}

const BAD = ['%7C', '%7c', '%7B', '%7b', '%5B', '%5b', '&lt;%', 'https://https://', 'nkph_', 'nk.invalid'];

describe.each(names)('dialect %s', (name) => {
  it('round-trips every placeholder through the real render path: body text, href and the text part', async () => {
    const want = expected[name];
    const firstName = dialects[name].fallback ? want.firstName : '{FIRSTNAME}';
    const { html, text } = await renderEmail(<Issue data={issueFor(name)} />, { dialect: name });

    expect(html).toContain(`>Liebe ${firstName},</p>`);
    expect(html).toContain(`als Mitglied von ${want.company}.`);
    expect(html).toContain(`<a href="${want.unsubscribe}" style=`);
    if (want.webView) expect(html).toContain(`<a href="${want.webView}" style=`);
    expect(text).toContain(`\nLiebe ${firstName},\n`);
    expect(text).toContain(`als Mitglied von ${want.company}.`);
    expect(text).toContain(`<${want.unsubscribe}>`);
    if (want.webView) expect(text).toContain(`<${want.webView}>`);

    for (const bad of BAD) {
      expect(html, `${bad} in HTML`).not.toContain(bad);
      expect(text, `${bad} in text`).not.toContain(bad);
    }
    for (const tag of html.match(/<[^>]*>/g)!) expect(tag).not.toContain('&quot;');
  });

  it('gives the same bytes from prepareIssue as from renderEmail', async () => {
    const full = await renderEmail(<Issue data={issueFor(name)} />, { dialect: name });
    const prepared = await prepareIssue(issueFor(name), { dialect: name });
    expect(prepared.html).toBe(full.html);
    expect(prepared.text).toBe(full.text);
    // Values given per copy win; the rest stay the service's tags.
    const copy = prepared.personalize({ unsubscribeUrl: 'https://www.vitako.de/abmelden?id=7&t=x' });
    expect(copy.html).toContain('href="https://www.vitako.de/abmelden?id=7&amp;t=x"');
    expect(copy.text).toContain('<https://www.vitako.de/abmelden?id=7&t=x>');
    expect(copy.html).toContain(expected[name].company);
  });

  it(`says who writes List-Unsubscribe: ${dialects[name].listUnsubscribe}`, () => {
    expect(listUnsubscribeMode(name)).toBe(dialects[name].listUnsubscribe);
  });
});

describe('dialect capabilities', () => {
  it('fails at build time, naming the service, when an issue asks for a web view the service has not', async () => {
    const without = dialectCapabilities().filter((row) => !row.webView).map((row) => row.name);
    expect(without).toEqual(['sendgrid', 'postmark', 'keila']);
    for (const name of without) {
      const data = { ...issueFor(name), browserUrl: placeholder.webViewUrl() };
      await expect(renderEmail(<Issue data={data} />, { dialect: name })).rejects.toThrow(
        new RegExp(`dialect "${name}" has no web-view link, but the issue uses placeholder.webViewUrl\\(\\)`),
      );
      await expect(prepareIssue(data, { dialect: name })).rejects.toThrow(DialectError);
    }
  });

  it('refuses a fallback the service cannot express', async () => {
    const data = { ...issueFor('cleverreach') };
    data.intro = { ...data.intro!, greeting: `Hallo ${placeholder.firstName({ fallback: 'Leserin' })}` };
    await expect(renderEmail(<Issue data={data} />, { dialect: 'cleverreach' })).rejects.toThrow(
      /dialect "cleverreach" cannot express a fallback for firstName/,
    );
  });

  it('refuses a tag with quotes inside an attribute instead of writing &quot;', async () => {
    const data = { ...issueFor('brevo'), title: `Branchenticker für ${placeholder.firstName({ fallback: 'Leserin' })}` };
    await expect(renderEmail(<Issue data={data} />, { dialect: 'brevo' })).rejects.toThrow(/cannot stand inside an HTML attribute/);
  });

  it('takes a custom service as an object and checks its shape', async () => {
    const rapid: Dialect = {
      name: 'rapidmail',
      firstName: () => '%%firstname%%',
      unsubscribeUrl: () => '%%unsubscribe_url%%',
      custom: (field) => `%%${field}%%`,
      fallback: false,
      listUnsubscribe: 'library',
    };
    const data = { ...issueFor('cleverreach'), browserUrl: 'https://www.vitako.de/newsletter/5' };
    const { html, text } = await renderEmail(<Issue data={data} />, { dialect: rapid });
    expect(html).toContain('href="%%unsubscribe_url%%"');
    expect(text).toContain('Liebe %%firstname%%,');
    expect(listUnsubscribeMode(rapid)).toBe('library');
    // SendGrid's legacy substitution stands in the href raw, never as &lt;%.
    const legacy = await renderEmail(<Issue data={data} />, { dialect: { ...rapid, name: 'sendgrid-legacy', unsubscribeUrl: () => '<%asm_group_unsubscribe_raw_url%>' } });
    expect(legacy.html).toContain('<a href="<%asm_group_unsubscribe_raw_url%>" style=');
    expect(legacy.html).not.toContain('&lt;%');
    expect(legacy.text).toContain('<<%asm_group_unsubscribe_raw_url%>>');
    await expect(renderEmail(<Issue data={data} />, { dialect: { ...rapid, listUnsubscribe: 'yes' } as unknown as Dialect })).rejects.toThrow(
      /dialect "rapidmail": listUnsubscribe must be "esp", "library" or "off"/,
    );
    await expect(renderEmail(<Issue data={data} />, { dialect: 'mailgun' as DialectName })).rejects.toThrow(/unknown mail service "mailgun"/);
    expect(listUnsubscribeMode()).toBe('library');
  });
});

describe('strings outside the issue', () => {
  it('swaps placeholders in a subject line for the dialect\'s tags', () => {
    expect(swapPlaceholders(`Neues für ${placeholder.firstName()}`, 'mailchimp')).toBe('Neues für *|FNAME|*');
    expect(swapPlaceholders(`Abmelden: ${placeholder.unsubscribeUrl()}`, 'mailjet', { lang: 'en' })).toBe('Abmelden: [[UNSUB_LINK_EN]]');
  });
});

describe('mailjet', () => {
  it('links the unsubscribe page in the issue\'s language', async () => {
    const { html, text } = await renderEmail(<Issue data={{ ...issueFor('mailjet'), lang: 'en' }} />, { dialect: 'mailjet' });
    expect(html).toContain('href="[[UNSUB_LINK_EN]]"');
    expect(text).toContain('<[[UNSUB_LINK_EN]]>');
    expect(html).not.toContain('%5B');
  });
});
