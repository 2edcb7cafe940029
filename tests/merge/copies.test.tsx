import { once } from 'node:events';
import { createServer } from 'node:http';
import { simpleParser } from 'mailparser';
import { createTransport } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeholder, prepareIssue, PersonalizeError, type Copy, type PreparedIssue } from '../../src/merge';
import { personalIssue } from './fixture';

const template = () =>
  personalIssue({
    firstName: placeholder.firstName({ fallback: 'Leserin und Leser' }),
    unsubscribeUrl: placeholder.unsubscribeUrl(),
    webViewUrl: placeholder.webViewUrl(),
    profileUrl: placeholder.custom('profileUrl', { kind: 'url' }),
  });

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

interface Member {
  email: string;
  fields: { firstName: string; unsubscribeUrl: string; webViewUrl: string; profileUrl: string };
}

const member = (i: number, firstName = `Anna ${i}`): Member => ({
  email: `anna.${i}@example.org`,
  fields: {
    firstName,
    unsubscribeUrl: `https://www.vitako.de/newsletter/abmelden?id=${i}&t=a${i}`,
    webViewUrl: `https://www.vitako.de/newsletter/5?r=${i}`,
    profileUrl: `https://www.vitako.de/profil/${i}`,
  },
});

let prepared: PreparedIssue;
beforeAll(async () => {
  prepared = await prepareIssue(template(), { fields: ['firstName', 'unsubscribeUrl', 'webViewUrl', 'profileUrl'] });
});

async function collect<R>(run: AsyncIterable<Copy<R>>): Promise<Copy<R>[]> {
  const out: Copy<R>[] = [];
  for await (const copy of run) out.push(copy);
  return out;
}

describe('prepared.copies(recipients)', () => {
  it('gives each recipient the bytes of its own copy, from an array, a generator or an async generator', async () => {
    const members = [member(0), member(1, 'Zoë & "Max" <Ölçer>'), member(2)];
    function* sync() {
      yield* members;
    }
    async function* fromCursor() {
      for (const m of members) {
        await new Promise((resolve) => setImmediate(resolve));
        yield m;
      }
    }
    for (const source of [members, sync(), fromCursor()]) {
      const copies = await collect(prepared.copies(source, { values: (m) => m.fields }));
      expect(copies.map((c) => [c.ok, c.index, c.recipient])).toEqual(members.map((m, i) => [true, i, m]));
      for (const copy of copies) {
        if (!copy.ok) throw copy.error;
        const strings = prepared.personalize(copy.recipient.fields);
        expect(decode(copy.html)).toBe(strings.html);
        expect(decode(copy.text)).toBe(strings.text);
      }
    }
  });

  it('reads each recipient only when the loop asks for the next copy, so an endless source is fine', async () => {
    let pulled = 0;
    function* endless() {
      for (let i = 0; ; i++) {
        pulled++;
        yield member(i).fields;
      }
    }
    const seen: number[] = [];
    for await (const copy of prepared.copies(endless())) {
      seen.push(copy.index);
      expect(pulled).toBe(copy.index + 1);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual([0, 1, 2]);
  });

  it('yields a named error for a refused recipient and goes on with the next', async () => {
    const members = [member(0), { ...member(1), fields: { ...member(1).fields, unsubscribeUrl: 'https://www.vitako.de@evil.example/' } }, member(2)];
    const copies = await collect(prepared.copies(members, { values: (m) => m.fields }));
    expect(copies.map((c) => c.ok)).toEqual([true, false, true]);
    const failed = copies[1]!;
    if (failed.ok) throw new Error('expected a refusal');
    expect(failed.index).toBe(1);
    expect(failed.recipient.email).toBe('anna.1@example.org');
    expect(failed.error).toBeInstanceOf(PersonalizeError);
    expect(failed.error.recipient).toBe(1);
    expect(failed.error.problems.map((p) => p.field)).toEqual(['unsubscribeUrl']);
    expect(failed.error.message).toMatch(/^personalize: recipient 1: field "unsubscribeUrl" has "www\.vitako\.de@" before its host: a reader sees "www\.vitako\.de" but the link opens "evil\.example"/);
    expect('html' in failed).toBe(false);
  });

  it('lets errors of the caller’s own code end the run, and refuses what is not a list of recipients at once', async () => {
    const boom = new TypeError('no fields');
    await expect(
      collect(
        prepared.copies([member(0)], {
          values: () => {
            throw boom;
          },
        }),
      ),
    ).rejects.toBe(boom);
    expect(() => prepared.copies(42 as never)).toThrow(/recipients must be an iterable or async iterable/);
    expect(() => prepared.copies('abc' as never)).toThrow(PersonalizeError);
    expect(() => prepared.copies([], { format: 'base64' as never })).toThrow(/option "format" must be "utf8" or "json", got "base64"/);
  });

  it('writes JSON string literals for an ESP’s batch API that parse back to the copy', async () => {
    const members = [member(0, 'Jürgen "Jo" \\ Größe\t<x>')];
    const [copy] = await collect(prepared.copies(members, { values: (m) => m.fields, format: 'json' }));
    if (!copy?.ok) throw new Error('expected a copy');
    const strings = prepared.personalize(members[0]!.fields);
    expect(JSON.parse(decode(copy.html))).toBe(strings.html);
    expect(JSON.parse(decode(copy.text))).toBe(strings.text);
  });

  it('leaves fields without a value to the dialect, byte for byte as the strings do', async () => {
    const withDialect = await prepareIssue(template(), { dialect: 'mailchimp' });
    for (const values of [{}, { firstName: 'Anna' }, { unsubscribeUrl: 'https://a.example/u', profileUrl: 'https://a.example/p' }]) {
      const bytes = withDialect.personalizeBytes(values);
      const strings = withDialect.personalize(values);
      expect(decode(bytes.html)).toBe(strings.html);
      expect(decode(bytes.text)).toBe(strings.text);
    }
    expect(decode(withDialect.personalizeBytes({}).html)).toContain('href="*|UNSUB|*"');
  });
});

describe('handing copies to nodemailer', () => {
  const received: { envelope: string[]; raw: Buffer }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ envelope: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks) });
        callback();
      });
    },
  });
  let port = 0;
  beforeAll(async () => {
    server.listen(0, '127.0.0.1');
    await once(server.server, 'listening');
    port = (server.server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends each copy over SMTP as the README shows, and the mail holds exactly the copy', async () => {
    const transport = createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
    const members = [member(0), member(1, 'Zoë & "Max" <Ölçer>'), { ...member(2), fields: { ...member(2).fields, firstName: 'Eve\u202Eevil' } }];
    const buffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const failed: number[] = [];
    for await (const copy of prepared.copies(members, { values: (m) => m.fields })) {
      if (!copy.ok) {
        failed.push(copy.index);
        continue;
      }
      await transport.sendMail({
        from: 'Vitako <redaktion@vitako.de>',
        to: copy.recipient.email,
        subject: 'Vitako-Branchenticker Nr. 5',
        html: buffer(copy.html),
        text: buffer(copy.text),
      });
    }
    transport.close();
    expect(failed).toEqual([2]);
    expect(received.map((r) => r.envelope)).toEqual([['anna.0@example.org'], ['anna.1@example.org']]);
    for (const [i, mail] of received.entries()) {
      const parsed = await simpleParser(mail.raw);
      const strings = prepared.personalize(members[i]!.fields);
      expect(parsed.html).toBe(strings.html);
      expect(parsed.text).toBe(strings.text);
    }
  });
});

describe('handing copies to an ESP batch call', () => {
  it('posts JSON batches built from the bytes as the README shows, and the service reads each copy whole', async () => {
    const bodies: unknown[][] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown[]);
        res.writeHead(200, { 'content-type': 'application/json' }).end('[]');
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/email/batch`;
    const members = [member(0), member(1, 'Jürgen "Jo" \\ Größe'), member(2), { ...member(3), fields: { ...member(3).fields, profileUrl: 'https:evil.example/x' } }, member(4)];

    const from = 'Vitako <redaktion@vitako.de>';
    const subject = 'Vitako-Branchenticker Nr. 5';
    const encoder = new TextEncoder();
    const failed: string[] = [];
    let batch: BlobPart[] = [];
    let count = 0;
    const flush = async () => {
      if (count === 0) return;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: new Blob([encoder.encode('['), ...batch, encoder.encode(']')]),
      });
      if (!response.ok) throw new Error(`batch: ${response.status}`);
      batch = [];
      count = 0;
    };
    for await (const copy of prepared.copies(members, { values: (m) => m.fields, format: 'json' })) {
      if (!copy.ok) {
        failed.push(`${copy.recipient.email}: ${copy.error.message}`);
        continue;
      }
      const head = `${count ? ',' : ''}{"From":${JSON.stringify(from)},"To":${JSON.stringify(copy.recipient.email)},"Subject":${JSON.stringify(subject)},"MessageStream":"broadcast","HtmlBody":`;
      batch.push(encoder.encode(head), copy.html, encoder.encode(',"TextBody":'), copy.text, encoder.encode('}'));
      if (++count === 2) await flush();
    }
    await flush();
    server.close();

    expect(failed).toEqual([expect.stringMatching(/^anna\.3@example\.org: personalize: recipient 3: field "profileUrl" must start with "https:\/\/"/)]);
    expect(bodies.map((b) => b.length)).toEqual([2, 2]);
    const sent = bodies.flat() as { To: string; HtmlBody: string; TextBody: string }[];
    expect(sent.map((m) => m.To)).toEqual(['anna.0@example.org', 'anna.1@example.org', 'anna.2@example.org', 'anna.4@example.org']);
    for (const message of sent) {
      const strings = prepared.personalize(members.find((m) => m.email === message.To)!.fields);
      expect(message.HtmlBody).toBe(strings.html);
      expect(message.TextBody).toBe(strings.text);
    }
  });
});
