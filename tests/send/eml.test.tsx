import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { Issue, renderEmail, type IssueData } from '../../src';
import { buildEml, EmlError } from '../../src/send';
import { seedIssue } from './support';

const parts = async (data: IssueData) => renderEmail(<Issue data={data} />);

describe('buildEml', () => {
  it('writes multipart/alternative with both parts and the sending headers', async () => {
    const data = seedIssue();
    const rendered = await parts(data);
    const date = new Date('2021-02-08T07:00:00Z');
    const eml = await buildEml(data, rendered, { date, messageId: '<branchenticker-05@vitako.de>' });
    const mail = await simpleParser(eml);
    expect(mail.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
    expect(mail.subject).toBe('Vitako-Branchenticker Nr. 5: Rechenzentren in der Krise, IT für die Impfzentren');
    expect(mail.from?.value).toEqual([{ name: 'Vitako-Redaktion', address: 'redaktion@vitako.de' }]);
    expect(mail.to).toMatchObject({ value: [{ address: 'recipient@example.invalid' }] });
    expect(mail.date?.toISOString()).toBe(date.toISOString());
    expect(mail.messageId).toBe('<branchenticker-05@vitako.de>');
    expect(mail.text).toBe(rendered.text);
    expect(mail.html).toBe(rendered.html);
    // One List-Unsubscribe header carrying both targets, https first (RFC 2369, RFC 8058).
    const raw = eml.slice(0, eml.indexOf('\r\n\r\n'));
    expect(raw.match(/^List-Unsubscribe:/gim)).toHaveLength(1);
    expect(mail.headerLines.map((h) => h.key)).toContain('list-unsubscribe-post');
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    // mailparser reads both targets of the one header back.
    expect(mail.headers.get('list')).toMatchObject({
      unsubscribe: { url: 'https://www.vitako.de/newsletter/abmelden?list=branchenticker', mail: 'abmelden@vitako.de?subject=Branchenticker%20abbestellen' },
    });
    expect(raw.replace(/\r\n\s+/g, ' ')).toContain(
      'List-Unsubscribe: <https://www.vitako.de/newsletter/abmelden?list=branchenticker>, <mailto:abmelden@vitako.de?subject=Branchenticker%20abbestellen>',
    );
    // Text first, HTML last: clients show the last part they can display.
    expect(eml.indexOf('Content-Type: text/plain')).toBeLessThan(eml.indexOf('Content-Type: text/html'));
  });

  it('takes the title as subject when none is given, and leaves the headers to the mail service on request', async () => {
    const { subject: _, ...data } = seedIssue();
    const mail = await simpleParser(await buildEml(data, await parts(data), { listUnsubscribe: 'esp' }));
    expect(mail.subject).toBe('Vitako-Branchenticker Nr. 5');
    // The list's identity stays; the unsubscribe targets are the mail service's.
    expect(mail.headers.get('list')).toEqual({ id: { name: 'Vitako-Branchenticker', id: 'branchenticker.vitako.de' } });
    expect(mail.headerLines.map((h) => h.key)).not.toContain('list-unsubscribe-post');
  });

  it('names what is missing: the sender, and an https unsubscribe URL for one-click', async () => {
    const { from: _, list: __, ...data } = seedIssue();
    const bad = { ...data, unsubscribe: { url: 'http://www.vitako.de/abmelden' } };
    const error = await buildEml(bad, await parts(bad)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmlError);
    expect((error as EmlError).problems).toEqual([
      'from: is required for the .eml message: { name?, address } of the sender',
      'list: is required for the .eml message: { id } for the List-Id header (RFC 2919), a stable identifier of this newsletter under a domain you control, the same for every issue, e.g. list: { id: branchenticker.vitako.de }',
      `unsubscribe.url: must be an https URL for the List-Unsubscribe header and one-click unsubscribe (RFC 8058), got "http://www.vitako.de/abmelden"; where the mail service fills in the URL, let it write the header (listUnsubscribe: 'esp')`,
    ]);
  });
});
