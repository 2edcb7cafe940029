import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { Issue, issueSchema, renderEmail, type IssueData } from '../../src';
import { buildEml, EmlError } from '../../src/send';
import { seedIssue } from '../send/support';

/**
 * Mail headers fed what an outsider controls: unsubscribe URLs that try to add a target, a name
 * with a line break, words longer than a line, non-ASCII URLs. Every message is read back by
 * mailparser and by Python's `email` (policy=default; python3 is part of the machine image CI
 * runs on) to the same targets that were given.
 */
const parts = async (data: IssueData) => renderEmail(<Issue data={data} />);
const head = (eml: string) => eml.slice(0, eml.indexOf('\r\n\r\n'));
const octets = (line: string) => Buffer.byteLength(line);

function python(emls: string[]): { headers: Record<string, string>; defects: string[]; from: { name: string; address: string }; unsubscribe: string[]; listId: string }[] {
  const dir = mkdtempSync(join(tmpdir(), 'nk-eml-'));
  const files = emls.map((eml, i) => {
    const file = join(dir, `${i}.eml`);
    writeFileSync(file, eml);
    return file;
  });
  return JSON.parse(execFileSync('python3', [join(import.meta.dirname, 'parse-headers.py'), ...files], { encoding: 'utf8' }));
}

const refused = (data: unknown) => {
  const result = issueSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('List-Unsubscribe: one target per <…>, as given', () => {
  it('refuses a URL or mailto that would close its target and add another, naming the field', async () => {
    const data = seedIssue();
    for (const [field, unsubscribe] of [
      ['unsubscribe.url', { url: 'https://good.example/u>,<https://evil.example/x' }],
      ['unsubscribe.url', { url: 'https://good.example/u,x' }],
      ['unsubscribe.mailto', { url: 'https://good.example/u', mailto: 'mailto:a@good.example?subject=x>,<https://evil.example/' }],
      ['unsubscribe.mailto', { url: 'https://good.example/u', mailto: 'mailto:a@good.example?subject=a,b' }],
    ] as const) {
      const bad = { ...data, unsubscribe };
      expect(refused(bad).join('\n')).toContain(`${field}: must not contain`);
      const error = await buildEml(bad, { html: '<p>x</p>', text: 'x' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EmlError);
      expect((error as EmlError).problems.join('\n')).toContain(`${field}: must not contain`);
    }
  });

  it('writes a non-ASCII URL as a percent-encoded URI that both parsers read back, never an encoded-word header', async () => {
    const data = { ...seedIssue(), unsubscribe: { url: 'https://www.vitako.de/abmelden/bestätigen?liste=Bücher', mailto: 'mailto:abmelden@bücher.example?subject=Abbestellen%20für%20Jürgen' } };
    const eml = await buildEml(data, await parts(data));
    expect(head(eml)).not.toMatch(/List-Unsubscribe: =\?/i);
    const targets = ['https://www.vitako.de/abmelden/best%C3%A4tigen?liste=B%C3%BCcher', 'mailto:abmelden@xn--bcher-kva.example?subject=Abbestellen%20f%C3%BCr%20J%C3%BCrgen'];
    const mail = await simpleParser(eml);
    expect(mail.headers.get('list')).toMatchObject({ unsubscribe: { url: targets[0], mail: targets[1]!.slice(7) } });
    const [parsed] = python([eml]);
    expect(parsed!.unsubscribe).toEqual(targets);
    expect(parsed!.defects).toEqual([]);
  });
});

describe('header values are header values', () => {
  it('refuses a line break in from.name, subject and list.name, with a named error (not =0A)', async () => {
    const data = seedIssue();
    for (const [field, bad] of [
      ['from.name', { ...data, from: { name: 'Vitako\nBcc: victim@example.org', address: 'redaktion@vitako.de' } }],
      ['subject', { ...data, subject: 'Nr. 5\nBcc: victim@example.org' }],
      ['list.name', { ...data, list: { id: 'branchenticker.vitako.de', name: 'A\nB' } }],
    ] as const) {
      const error = await buildEml(bad as IssueData, { html: '<p>x</p>', text: 'x' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EmlError);
      expect((error as EmlError).problems.join('\n')).toContain(`${field}: must be one line`);
    }
  });

  it('gives EmlError, never a ZodError, for broken issue data and bad options', async () => {
    const error = await buildEml({ title: 'x' } as IssueData, { html: '', text: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmlError);
    expect((error as Error).name).toBe('EmlError');
    const data = seedIssue();
    const options = await buildEml(data, await parts(data), { messageId: 'no-brackets', boundary: 'a b', to: 'x', date: new Date(Number.NaN) }).catch((e: unknown) => e);
    expect((options as EmlError).problems.map((p) => p.split(':')[0])).toEqual(['options.to', 'options.date', 'options.messageId', 'options.boundary']);
  });

  it('requires list.id for the List-Id header when it writes the list headers, and writes it (RFC 2919)', async () => {
    const { list: _, ...data } = seedIssue();
    const error = await buildEml(data, await parts(data)).catch((e: unknown) => e);
    expect((error as EmlError).problems).toEqual([expect.stringMatching(/^list: is required for the \.eml message: \{ id \} for the List-Id header \(RFC 2919\)/)]);
    expect(await buildEml(data, await parts(data), { listUnsubscribe: 'esp' })).not.toMatch(/^List-Id:/im);
    expect(refused({ ...seedIssue(), list: { id: 'not an id' } }).join('\n')).toContain('list.id: must be a list identifier');
    const eml = await buildEml(seedIssue(), await parts(seedIssue()));
    expect(head(eml)).toMatch(/^List-ID: Vitako-Branchenticker <branchenticker\.vitako\.de>$/m);
  });

  it('folds every header at 78 octets where words allow and never past 998, with long names, subjects and URLs; both parsers read the values back', async () => {
    const base = seedIssue();
    const cases: IssueData[] = [
      base,
      { ...base, from: { name: 'A'.repeat(200), address: 'redaktion@vitako.de' } },
      { ...base, from: { name: 'Vitako "Redaktion", Berlin: Büro (Nord)', address: 'redaktion@vitako.de' } },
      { ...base, subject: 'S'.repeat(200) },
      { ...base, subject: `Ümläute ${'und '.repeat(45)}Emoji 📅` },
      { ...base, subject: 'Looks like =?UTF-8?B?eA==?= an encoded word' },
      { ...base, list: { id: 'branchenticker.vitako.de', name: `Vitako-Branchenticker für ${'Kommunen '.repeat(15)}` } },
      { ...base, unsubscribe: { url: `https://www.vitako.de/abmelden?token=${'x'.repeat(850)}`, mailto: 'mailto:abmelden@vitako.de' } },
    ];
    const emls = await Promise.all(cases.map(async (data) => buildEml(data, await parts(data), { reproducible: true })));
    const fromPython = python(emls);
    for (const [i, eml] of emls.entries()) {
      const lines = head(eml).split('\r\n');
      for (const line of lines) {
        expect(octets(line), line.slice(0, 60)).toBeLessThanOrEqual(998);
        // Longer than 78 octets only where one word cannot be split: a long URL, or an ASCII word
        // of a name (encoding it would make Python read a space into it).
        if (octets(line) > 78) expect(line, line.slice(0, 60)).toMatch(/^(?:[A-Za-z-]+:)? ?\S+$/);
      }
      const data = issueSchema.parse(cases[i]);
      const mail = await simpleParser(eml);
      expect(mail.subject).toBe(data.subject ?? data.title);
      expect(mail.from?.value).toEqual([{ name: data.from!.name ?? '', address: data.from!.address }]);
      const py = fromPython[i]!;
      expect(py.defects).toEqual([]);
      expect(py.headers['subject']).toBe(data.subject ?? data.title);
      expect(py.from).toEqual({ name: data.from!.name ?? '', address: data.from!.address });
      expect(py.unsubscribe).toEqual([data.unsubscribe!.url, data.unsubscribe!.mailto].filter(Boolean));
      expect(py.listId).toBe(`${data.list!.name ?? data.masthead.title} <${data.list!.id}>`);
    }
  });

  it('makes a byte-reproducible message from the issue, or from the given date, message id and boundary', async () => {
    const data = seedIssue();
    const rendered = await parts(data);
    const a = await buildEml(data, rendered, { reproducible: true });
    expect(await buildEml(data, rendered, { reproducible: true })).toBe(a);
    expect(a).toMatch(/^Date: Mon, 08 Feb 2021 00:00:00 \+0000$/m);
    expect(await buildEml(data, rendered)).not.toBe(await buildEml(data, rendered));
    const fixed = { date: new Date('2021-02-08T07:00:00Z'), messageId: '<branchenticker-05@vitako.de>', boundary: 'branchenticker-05' };
    const b = await buildEml(data, rendered, fixed);
    expect(await buildEml(data, rendered, fixed)).toBe(b);
    expect(b).toContain('boundary="--_NmP-branchenticker-05-Part_1"');
    expect(b).toMatch(/^Message-ID: <branchenticker-05@vitako\.de>$/m);
  });
});
