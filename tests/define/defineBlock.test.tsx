import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { branchenticker05 } from '../../emails/fixtures/branchenticker-05';
import { Block, createIssueSchema, defineBlock, fields, Issue, parseIssue, renderEmail, useNewsletter, type IssueData } from '../../src';
import { checkEmail } from '../../src/check';
import { JobListing } from '../../stories/support/JobListing';

const { masthead, footer, title, preview, lang } = branchenticker05;
const frame = { lang, title, preview, masthead, footer };
const job = { type: 'jobListing' as const, title: 'IT-Sicherheitsbeauftragte (m/w/d)', employer: 'ITDZ Berlin', href: 'https://example.org/stellen/1' };

describe('defineBlock', () => {
  it('gives a validating component that names the block, the prop and the problem', async () => {
    await expect(renderEmail(<JobListing title="T" employer="E" href="javascript:alert(1)" />)).rejects.toThrow(/JobListing: prop "href" must be an absolute https:/);
    expect(JobListing.displayName).toBe('JobListing');
    expect(JobListing.definition.type).toBe('jobListing');
  });

  it('refuses a definition that cannot work, naming what to write', () => {
    const schema = fields.record({ title: fields.text }, 'x');
    expect(() => defineBlock({ name: 'jobListing', schema, render: () => null })).toThrow(/name must be a component name such as "JobListing"/);
    expect(() => defineBlock({ name: 'Job', type: 'Job-Listing', schema, render: () => null })).toThrow(/type must be a name for issue data/);
    expect(() => defineBlock({ name: 'Job', type: 'job', schema: fields.record({ type: fields.text }, 'x'), render: () => null })).toThrow(/has a field "type"/);
  });
});

describe("an app's own block in issue data", () => {
  const data = { ...frame, blocks: [{ type: 'heading', text: 'Stellen' }, job, { type: 'divider' }] } satisfies IssueData<typeof JobListing>;

  it('renders in its place with <Issue data blocks>, and reads as its text hint', async () => {
    const { html, text } = await renderEmail(<Issue data={data} blocks={[JobListing]} />);
    expect(html.indexOf('Stellen</h2>')).toBeLessThan(html.indexOf('IT-Sicherheitsbeauftragte'));
    expect(text).toContain('IT-Sicherheitsbeauftragte (m/w/d)\nITDZ Berlin\nhttps://example.org/stellen/1');
    expect(checkEmail(html).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('is an unknown type without its registration, with a suggestion for a slip', () => {
    expect(() => parseIssue(data as IssueData)).toThrow(/Issue: prop "blocks\.1\.type" unknown block type "jobListing"/);
    expect(() => parseIssue({ ...frame, blocks: [{ type: 'nwes', title: 'x', paragraphs: ['y'] }] } as unknown as IssueData)).toThrow(/unknown block type "nwes" \(did you mean "news"\?\)/);
  });

  it('is parsed once: a parsed issue carries its blocks and renders as it is', async () => {
    const parsed = parseIssue(data, { blocks: [JobListing] });
    const { html } = await renderEmail(<Issue data={parsed} />);
    expect(html).toContain('ITDZ Berlin');
  });

  it('may not take a built-in type', () => {
    const Clash = defineBlock({ name: 'MyNews', type: 'news', schema: fields.record({ title: fields.text }, 'x'), render: () => null });
    expect(() => createIssueSchema({ blocks: [Clash] })).toThrow(/blocks\[0\] \(MyNews\) takes the type "news" of NewsItem/);
  });
});

describe('the issue as a list', () => {
  it('renders the shorthand byte for byte as the list it stands for', async () => {
    const { intro, news, calendar, links } = branchenticker05;
    const list: IssueData = {
      ...branchenticker05,
      intro: undefined,
      news: undefined,
      calendar: undefined,
      links: undefined,
      blocks: [
        { type: 'intro', ...intro },
        ...news.flatMap((item) => [{ type: 'divider' as const }, { type: 'news' as const, ...item }]),
        { type: 'divider' },
        { type: 'calendar', ...calendar },
        ...links.map((link) => ({ type: 'button' as const, ...link })),
        { type: 'divider' },
      ],
    };
    for (const key of ['intro', 'news', 'calendar', 'links'] as const) delete (list as Record<string, unknown>)[key];
    const shorthand = await renderEmail(<Issue data={branchenticker05} />);
    const explicit = await renderEmail(<Issue data={list} />);
    expect(explicit.html).toBe(shorthand.html);
    expect(explicit.text).toBe(shorthand.text);
  });

  it('takes blocks in any order and refuses the list and the shorthand together', async () => {
    const { text } = await renderEmail(
      <Issue data={{ ...frame, blocks: [{ type: 'calendar', ...branchenticker05.calendar }, { type: 'heading', text: 'Nachrichten' }, { type: 'news', ...branchenticker05.news[0]! }] }} />,
    );
    expect(text.indexOf('Vitako ITKalender')).toBeLessThan(text.indexOf('Nachrichten'));
    expect(() => parseIssue({ ...branchenticker05, blocks: [] } as IssueData)).toThrow(/prop "blocks" must not be given together with intro, news, calendar, links/);
    expect(() => parseIssue({ ...frame } as IssueData)).toThrow(/prop "news" is required: an array of news items — or write the issue's blocks as a list/);
  });

  it('refuses children of <Issue> instead of dropping them', async () => {
    const child = <p>Dropped?</p>;
    await expect(renderEmail(<Issue data={branchenticker05} {...({ children: child } as object)} />)).rejects.toThrow(/Issue: prop "children" is not used: an issue's blocks come from its data/);
  });
});

describe("the check and an app's block painted without colour roles", () => {
  /** What an app team might write first: an inline white background, no colour role. */
  const schema = fields.record({ title: fields.text }, 'a job { title }');
  const Unpainted = defineBlock({
    name: 'Unpainted',
    type: 'unpainted',
    schema,
    render: function Unpainted({ title: text }: z.output<typeof schema>) {
      useNewsletter();
      return (
        <Block>
          <table role="presentation">
            <tr>
              <td style={{ backgroundColor: '#ffffff', padding: '16px' }}>{text}</td>
            </tr>
          </table>
        </Block>
      );
    },
  });

  it('reports it: in dark mode its text would turn light on the white it keeps', async () => {
    const { html } = await renderEmail(<Issue data={{ ...frame, blocks: [{ type: 'unpainted', title: 'Stelle' }] }} blocks={[Unpainted]} />);
    const findings = checkEmail(html).filter((f) => f.rule === 'dark-mode-swap');
    expect(findings.map((f) => f.severity)).toEqual(['error']);
    expect(findings[0]!.excerpt).toContain('Stelle');
  });
});
