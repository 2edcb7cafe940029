import { describe, expect, it } from 'vitest';
import { Issue, issueSchema, NewsletterPropError, renderEmail, type IssueData } from '../../src';
import { branchenticker05 } from '../../emails/fixtures/branchenticker-05';

const render = (data: IssueData) => renderEmail(<Issue data={data} />);

describe('Issue data', () => {
  it('accepts the example issue', () => {
    expect(issueSchema.safeParse(branchenticker05).success).toBe(true);
  });

  it('reports every problem with its path, in one error', async () => {
    const data = structuredClone(branchenticker05) as IssueData;
    delete (data.news![3]!.image as { alt?: string }).alt;
    data.calendar!.events[1]!.start = '2021-02-30';
    data.footer.unsubscribeUrl = 'abmelden.html';
    const error = await render(data).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NewsletterPropError);
    const message = (error as Error).message;
    expect(message).toMatch(/Issue: prop "news\.3\.image\.alt" is required/);
    expect(message).toMatch(/Issue: prop "calendar\.events\.1\.start" must be a real date/);
    expect(message).toMatch(/Issue: prop "footer\.unsubscribeUrl" must be an absolute/);
  });

  it('rejects unknown fields instead of dropping them', async () => {
    await expect(render({ ...branchenticker05, subtitle: 'x' } as IssueData)).rejects.toThrow(/Issue: unknown key "subtitle"/);
  });

  it('reads rich text: links with accessible names and bold runs', async () => {
    const { html, text } = await render({
      ...branchenticker05,
      news: [{ title: 'T', paragraphs: [['Vorher ', { bold: 'fett' }, ' und ', { text: 'hier', href: 'https://example.org/h', context: 'Details' }, '.']] }],
    });
    expect(html).toMatch(/Vorher <strong>fett<\/strong> und <a href="https:\/\/example.org\/h"[^>]*>hier<span [^>]*> \(Details\)<\/span><\/a>\./);
    expect(text).toContain('Vorher fett und hier <https://example.org/h>.');
  });
});
