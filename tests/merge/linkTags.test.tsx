import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { branchenticker05 } from '../../emails/fixtures/branchenticker-05';
import { Issue, renderEmail, type IssueData, type LinkTags } from '../../src';
import { dialects, placeholder, prepareIssue, type Dialect, type DialectName } from '../../src/merge';
import { personalIssue, type Personal } from './fixture';

const UTM = 'utm_source=newsletter&utm_medium=email&utm_campaign=branchenticker-05';
const linkTags: LinkTags = { params: { utm_source: 'newsletter', utm_medium: 'email', utm_campaign: 'branchenticker-05' }, domains: ['vitako.de'] };

/** Each service's own syntax for a subscriber id, as an author types it into a link (no spaces or quotes, which a URL cannot hold). */
const authoredTag: Record<DialectName, string> = {
  mailchimp: '*|UNIQID|*',
  brevo: '{{contact.ID}}',
  cleverreach: '{ID}',
  mailjet: '{{var:memberid}}',
  sendgrid: '{{member_id}}',
  postmark: '{{member_id}}',
  listmonk: '{{.Subscriber.UUID}}',
  mautic: '{contactfield=id}',
  keila: '{{contact.id}}',
};
/** The unsubscribe and web-view tags each service must receive untouched (tests/merge/dialects.test.tsx holds them to the services' documentation). */
const unsubscribe: Record<DialectName, string> = {
  mailchimp: '*|UNSUB|*',
  brevo: '{{ unsubscribe }}',
  cleverreach: '{UNSUBSCRIBE}',
  mailjet: '[[UNSUB_LINK_DE]]',
  sendgrid: '{{{unsubscribe}}}',
  postmark: '{{{ pm:unsubscribe }}}',
  listmonk: '{{ UnsubscribeURL }}',
  mautic: '{unsubscribe_url}',
  keila: '{{ unsubscribe_link }}',
};

const names = Object.keys(dialects) as DialectName[];

function issueFor(name: DialectName): { data: IssueData; profile: string } {
  const data = structuredClone(branchenticker05) as IssueData;
  const tag = authoredTag[name];
  const profile = `https://www.vitako.de/profil/${tag}?id=${tag}#daten`;
  const dialect: Dialect = dialects[name];
  data.browserUrl = dialect.webViewUrl ? placeholder.webViewUrl() : 'https://www.vitako.de/newsletter/branchenticker-05';
  data.intro!.greeting = `Liebe ${placeholder.firstName(dialects[name].fallback ? { fallback: 'Leserin' } : {})},`;
  data.links = [...(data.links ?? []), { href: profile, text: 'Ihr Profil' }];
  data.footer.unsubscribeUrl = placeholder.unsubscribeUrl();
  return { data, profile };
}

function hrefs(html: string): string[] {
  const $ = load(html);
  return $('a[href]')
    .toArray()
    .map((a) => $(a).attr('href')!);
}

const BAD = ['%7C', '%7c', '%7B', '%7b', '%5B', '%5b', '&lt;%', 'nkph_', 'nk.invalid', '?utm_source=newsletter?', '&&'];

describe.each(names)('dialect %s with tagged links', (name) => {
  it('tags the links, keeps merge tags in a link and leaves the service\'s own links alone, in HTML and text', async () => {
    const { data, profile } = issueFor(name);
    const { html, text } = await renderEmail(<Issue data={data} />, { dialect: name, linkTags });
    const tag = authoredTag[name];
    const profileTagged = `https://www.vitako.de/profil/${tag}?id=${tag}&${UTM}#daten`;
    const links = hrefs(html);
    expect(links).toContain(profileTagged);
    expect(links).not.toContain(profile);
    expect(text).toContain(profileTagged);
    // The service's unsubscribe (and web-view) tag stands alone in its href: nothing appended.
    expect(html).toContain(`<a href="${unsubscribe[name]}" style=`);
    expect(text).toContain(`<${unsubscribe[name]}>`);
    expect(links.filter((h) => h.includes('utm_source')).length).toBe(16);
    for (const href of links.filter((h) => /^https:\/\/www\.vitako\.de\/aktuelles\//.test(h))) expect(href.endsWith(`?${UTM}`), href).toBe(true);
    for (const bad of BAD) {
      expect(html, `${bad} in HTML`).not.toContain(bad);
      expect(text, `${bad} in text`).not.toContain(bad);
    }
  });

  it('gives the same bytes from prepareIssue, and personalize fills the unsubscribe URL untagged', async () => {
    const { data } = issueFor(name);
    const full = await renderEmail(<Issue data={data} />, { dialect: name, linkTags });
    const prepared = await prepareIssue(data, { dialect: name, linkTags });
    expect(prepared.html).toBe(full.html);
    expect(prepared.text).toBe(full.text);
    const value = 'https://www.vitako.de/abmelden?id=7&t=x';
    const copy = prepared.personalize({ unsubscribeUrl: value });
    expect(hrefs(copy.html)).toContain(value);
    expect(copy.text).toContain(`<${value}>`);
    expect(copy.html).not.toContain('abmelden?id=7&amp;t=x&amp;utm');
    // Everything else is the tagged render, byte for byte.
    expect(copy.html.replace('https://www.vitako.de/abmelden?id=7&amp;t=x', unsubscribe[name])).toBe(full.html);
  });
});

describe('personalize with tagged links', () => {
  const values: Personal & Record<string, string> = {
    firstName: 'Anna',
    unsubscribeUrl: 'https://www.vitako.de/abmelden?id=42',
    webViewUrl: 'https://www.vitako.de/web/42',
    profileUrl: 'https://www.vitako.de/profil/42?sig=abc',
  };

  it('never tags a URL filled in per recipient: a copy equals a full render with those URLs listed in except', async () => {
    const fields = { firstName: placeholder.firstName(), unsubscribeUrl: placeholder.unsubscribeUrl(), webViewUrl: placeholder.webViewUrl(), profileUrl: placeholder.custom('profileUrl', { kind: 'url' }) };
    const prepared = await prepareIssue(personalIssue(fields), { linkTags });
    const copy = prepared.personalize(values);
    const full = await renderEmail(<Issue data={personalIssue(values)} />, { linkTags: { ...linkTags, except: [values.profileUrl] } });
    expect(copy.html).toBe(full.html);
    expect(copy.text).toBe(full.text);
    // The signed profile link is as the CRM gave it; the issue's own links are tagged.
    expect(hrefs(copy.html)).toContain(values.profileUrl);
    expect(hrefs(copy.html)).toContain(`https://www.vitako.de/stellenmarkt?${UTM}`);
    const bytes = prepared.personalizeBytes(values);
    expect(new TextDecoder().decode(bytes.html)).toBe(copy.html);
    expect(new TextDecoder().decode(bytes.text)).toBe(copy.text);
  });
});
