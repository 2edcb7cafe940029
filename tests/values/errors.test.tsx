import { describe, expect, it } from 'vitest';
import { branchenticker05 } from '../../emails/fixtures/branchenticker-05';
import { createTheme, Issue, issueSchema, NewsletterPropError, renderEmail, toPlainText, type IssueData } from '../../src';

const render = (data: unknown) => renderEmail(<Issue data={data as IssueData} />);
const messageOf = async (data: unknown) => {
  const error = await render(data).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(NewsletterPropError);
  return (error as Error).message;
};
const withoutTitle = <T extends { title: string }>({ title, ...rest }: T) => ({ ...rest, headline: title });

describe('errors for careless data', () => {
  it('says "is required" for a missing value', async () => {
    const { unsubscribeUrl: _, ...footer } = branchenticker05.footer;
    expect(await messageOf({ ...branchenticker05, footer })).toMatch(/^Issue: prop "unsubscribe" is required: \{ url \} of the one-click unsubscribe page/m);
  });

  it('suggests the key a misspelt one probably meant, at any depth', async () => {
    expect(await messageOf(withoutTitle(branchenticker05))).toMatch(/^Issue: unknown key "headline" \(did you mean "title"\?\)/m);
    const news = [withoutTitle(branchenticker05.news[0]!), ...branchenticker05.news.slice(1)];
    expect(await messageOf({ ...branchenticker05, news })).toMatch(/^Issue: prop "news\.0" unknown key "headline" \(did you mean "title"\?\)/m);
    const masthead = { ...branchenticker05.masthead, isueNumber: 5 };
    expect(await messageOf({ ...branchenticker05, masthead })).toMatch(/prop "masthead" unknown key "isueNumber" \(did you mean "issueNumber"\?\)/);
  });

  it('names the missing field of a link in running text', async () => {
    const news = [{ ...branchenticker05.news[0]!, paragraphs: [['Siehe ', { text: 'hier' }]] }];
    expect(await messageOf({ ...branchenticker05, news })).toMatch(/^Issue: prop "news\.0\.paragraphs\.0\.1\.href" is required/m);
    const bold = [{ ...branchenticker05.news[0]!, paragraphs: [[{ bold: '' }]] }];
    expect(await messageOf({ ...branchenticker05, news: bold })).toMatch(/^Issue: prop "news\.0\.paragraphs\.0\.0\.bold" must not be empty/m);
  });

  it('reports two impossible event dates instead of crashing', async () => {
    const calendar = { events: [{ start: '2021-02-30', end: '2021-02-31', title: 'X' }] };
    const result = issueSchema.safeParse({ ...branchenticker05, calendar });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['calendar.events.0.start', 'calendar.events.0.end']);
    expect(await messageOf({ ...branchenticker05, calendar })).toMatch(/prop "calendar\.events\.0\.end" must be a real date/);
  });

  it('keeps the schema and the components in agreement about the publisher e-mail', async () => {
    for (const email of ['redaktion#x@acme.example', 'redaktion@acme.example?cc=someone@else.example']) {
      const footer = { ...branchenticker05.footer, publisher: { ...branchenticker05.footer.publisher, email } };
      expect(issueSchema.safeParse({ ...branchenticker05, footer }).success, email).toBe(false);
      expect(await messageOf({ ...branchenticker05, footer })).toMatch(/^Issue: prop "footer\.publisher\.email" must be a plain e-mail address/);
    }
  });

  it('refuses control and bidi override characters in issue text', async () => {
    expect(await messageOf({ ...branchenticker05, title: 'Branchenticker\u001bNr. 5' })).toMatch(/prop "title" contains U\+001B \(ESC\)/);
    const news = [{ ...branchenticker05.news[0]!, paragraphs: ['Invoice \u202efdp.exe'] }];
    expect(await messageOf({ ...branchenticker05, news })).toMatch(/prop "news\.0\.paragraphs\.0" contains U\+202E \(RIGHT-TO-LEFT OVERRIDE\)/);
  });

  it('a theme of the wrong shape is a named error, not a TypeError', () => {
    expect(() => createTheme({ colors: null } as never)).toThrow(/^createTheme: prop "colors" must be an object of tokens/);
    expect(() => createTheme(null as never)).toThrow(/^createTheme: overrides must be an object/);
    expect(() => createTheme({ colors: 'red' } as never)).toThrow(NewsletterPropError);
  });
});

describe('the plain-text part', () => {
  it('keeps everything above the 16 MiB html-to-text default (no silent truncation)', () => {
    const text = toPlainText(`<p>${'x'.repeat(16_777_300)}</p><p>Abmelden: https://example.org/unsubscribe</p>`);
    expect(text).toContain('Abmelden: https://example.org/unsubscribe');
  });

  it('refuses control characters that reached the HTML by way of unvalidated children', () => {
    expect(() => toPlainText('<p>a\u001b[31mb</p>')).toThrow(/^toPlainText: the HTML contains U\+001B \(ESC\)/);
    expect(() => toPlainText('<p>a&#0;b&#x1b;</p>')).toThrow(/^toPlainText: the plain-text part contains U\+/);
  });
});
