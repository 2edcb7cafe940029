import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { placeholder, prepareIssue, PersonalizeError, type Copy, type PreparedIssue } from '../../src/merge';
import { hostileTexts, hostileUrls } from '../fixtures/hostile';
import { personalIssue } from '../merge/fixture';

/**
 * Per-recipient values come from outside (a CRM, a CSV export, a JSON API) and are as hostile as
 * anything an editor could type: they get the issue schema's rules, on the string path, the byte
 * path and in `copies()` alike, and a refusal names the field, the problem and what to write.
 */

type Fields = { firstName?: string; unsubscribeUrl?: string; webViewUrl?: string; profileUrl?: string };
const ok: Required<Fields> = {
  firstName: 'Anna',
  unsubscribeUrl: 'https://www.vitako.de/newsletter/abmelden?id=42',
  webViewUrl: 'https://www.vitako.de/newsletter/5',
  profileUrl: 'https://www.vitako.de/profil/42',
};

let prepared: PreparedIssue;
beforeAll(async () => {
  prepared = await prepareIssue(
    personalIssue({
      firstName: placeholder.firstName({ fallback: 'Leserin und Leser' }),
      unsubscribeUrl: placeholder.unsubscribeUrl(),
      webViewUrl: placeholder.webViewUrl(),
      profileUrl: placeholder.custom('profileUrl', { kind: 'url' }),
    }),
  );
});

/** The error each path gives for the same values; every path must refuse alike. */
async function refusals(values: unknown): Promise<PersonalizeError[]> {
  const errors: PersonalizeError[] = [];
  const attempt = (f: () => unknown) => {
    try {
      f();
    } catch (error) {
      if (!(error instanceof PersonalizeError)) throw error;
      errors.push(error);
    }
  };
  attempt(() => prepared.personalize(values as Fields));
  attempt(() => prepared.personalizeBytes(values as Fields));
  attempt(() => prepared.personalizeBytes(values as Fields, { format: 'json' }));
  for await (const copy of prepared.copies([ok, values as Fields]) as AsyncIterable<Copy<Fields>>) if (!copy.ok) errors.push(copy.error);
  return errors;
}

async function refusal(values: unknown): Promise<PersonalizeError> {
  const errors = await refusals(values);
  expect(errors, `refused on every path: ${JSON.stringify(values)}`).toHaveLength(4);
  expect(errors[3]!.recipient).toBe(1);
  expect(errors[3]!.message).toBe(errors[0]!.message.replaceAll('personalize: ', 'personalize: recipient 1: '));
  return errors[0]!;
}

const INVISIBLE = /[\u0080-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;

describe('hostile URL values', () => {
  it.each([
    ['https://www.vitako.de@evil.example/', /has "www\.vitako\.de@" before its host: a reader sees "www\.vitako\.de" but the link opens "evil\.example"/],
    ['https://www.vitako.de%40evil.example/', /has|must be/],
    ['https:evil.example/x', /must start with "https:\/\/" and the host/],
    ['https:/evil.example/x', /must start with "https:\/\/" and the host/],
    ['https://www.vita\u200bko.de/abmelden', /contains U\+200B, an invisible or control character at character 17/],
    ['https://www.vitako.de/\u202Efdp.exe', /contains U\+202E, an invisible or control character/],
    ['https://www.vitako.de/\u2066x', /contains U\+2066/],
    ['https://www.vitako.de/\u00ADx', /contains U\+00AD/],
    ['https://www.vitako.de/a b', /contains whitespace \(U\+0020\)/],
    ['https://www.vitako.de\\@evil.example/', /contains a backslash at character 22, which browsers read as "\/"/],
    ['javascript:alert(1)', /must be an absolute https URL \(no javascript:/],
    ['data:text/html,<script>alert(1)</script>', /must be an absolute https URL/],
    ['http://www.vitako.de/abmelden', /must be an https URL/],
    ['//evil.example/x', /must be an absolute https URL/],
    ['https://https://www.vitako.de/', /has its scheme twice/],
    ['https://www.vitako.de/{{unsubscribe}}', /contains "\{", which must be percent-encoded/],
    ['https://www.vitako.de/"onmouseover="alert(1)', /contains "\\"", which must be percent-encoded/],
    ['https://nk.invalid/ph/unsubscribeUrl', /holds a placeholder token/],
    ['', /must be an absolute https URL/],
  ])('refuses %j, naming the field, the problem and what to write', async (url, why) => {
    const error = await refusal({ ...ok, unsubscribeUrl: url });
    expect(error.problems).toEqual([{ field: 'unsubscribeUrl', message: expect.stringMatching(why) }]);
    expect(error.message).toMatch(/^personalize: field "unsubscribeUrl" /);
    // The value is shown, its invisible characters written out rather than acting on the log that prints it.
    expect(error.message).not.toMatch(INVISIBLE);
  });

  it('refuses every URL of the hostile corpus in every URL field', async () => {
    let refused = 0;
    for (const { url } of hostileUrls) {
      for (const field of ['unsubscribeUrl', 'webViewUrl', 'profileUrl'] as const) {
        const error = await refusal({ ...ok, [field]: url });
        expect(error.problems.map((p) => p.field)).toEqual([field]);
        refused++;
      }
    }
    expect(refused).toBe(hostileUrls.length * 3);
    expect(hostileUrls.length).toBeGreaterThan(200);
  });

  it('accepts legitimate URLs as they are written', async () => {
    for (const url of [
      'https://www.vitako.de/newsletter/abmelden?id=42&token=a1b2c3#top',
      'https://bücher.example/abmelden/ä?x=%20y',
      'https://xn--bcher-kva.example/',
      'https://news.example.org:8443/u/42',
      'https://192.0.2.1/abmelden',
    ]) {
      const { html, text } = prepared.personalize({ ...ok, unsubscribeUrl: url });
      expect(html).toContain(`href="${url.replaceAll('&', '&amp;')}"`);
      expect(text).toContain(url);
    }
  });
});

describe('hostile text values', () => {
  it.each([
    ['Anna\u0085', /U\+0085 \(control character\)/],
    ['Anna\u009b31m', /U\+009B \(control character\)/],
    ['Anna\u202Exe.exe', /U\+202E \(RIGHT-TO-LEFT OVERRIDE\)/],
    ['\u2066Anna', /U\+2066 \(LEFT-TO-RIGHT ISOLATE\)/],
    ['Anna\u0000', /U\+0000 \(NUL\)/],
    ['Anna\u001b[2J', /U\+001B \(ESC\)/],
    ['Anna\u000cBcc: x@evil.example', /U\+000C \(control character\)/],
    ['Anna\ud800', /U\+D800 \(lone surrogate\)/],
    ['nkph_firstName__', /holds a placeholder token/],
  ])('refuses %j, naming the field and the character', async (name, why) => {
    const error = await refusal({ ...ok, firstName: name });
    expect(error.problems).toEqual([{ field: 'firstName', message: expect.stringMatching(why) }]);
    expect(error.message).toMatch(/^personalize: field "firstName" /);
    expect(error.message).not.toMatch(INVISIBLE);
  });

  it('refuses every text the issue schema refuses', async () => {
    const texts = hostileTexts.filter((t) => t.expect === 'refused');
    for (const { text } of texts) expect((await refusal({ ...ok, firstName: text })).problems[0]?.field).toBe('firstName');
    expect(texts.length).toBeGreaterThan(20);
  });

  it('takes markup-looking text as text: escaped in the HTML, literal in the text part, never markup', async () => {
    const base = load(prepared.personalize(ok).html);
    for (const { text } of hostileTexts.filter((t) => t.expect === 'escaped')) {
      const copy = prepared.personalize({ ...ok, firstName: text });
      const $ = load(copy.html);
      expect($('*').length, text).toBe(base('*').length);
      expect($('script').length + $('[onerror]').length + $('[onmouseover]').length).toBe(0);
      expect(new TextDecoder().decode(prepared.personalizeBytes({ ...ok, firstName: text }).html)).toBe(copy.html);
    }
  });

  it('accepts names as people have them, shown as typed', async () => {
    for (const name of ["D'Arcy O'Brien", 'Zoë Ölçer-Łukasiewicz', 'محمد', 'שרה', '李雷', 'Ngũgĩ wa Thiongʼo', 'Anna 👩‍💻', 'José\u00a0María']) {
      const { html, text } = prepared.personalize({ ...ok, firstName: name });
      expect(text).toContain(`Liebe ${name},`);
      expect(html).toContain(`Liebe ${name.replaceAll("'", '&#x27;')},`);
    }
  });
});

describe('only the values object’s own properties', () => {
  it('does not read values a prototype carries', async () => {
    const inherited = Object.assign(Object.create({ firstName: 'x', unsubscribeUrl: 'https://evil.example/u' }) as Fields, {
      webViewUrl: ok.webViewUrl,
      profileUrl: ok.profileUrl,
    });
    const error = await refusal(inherited);
    expect(error.problems).toEqual([{ field: 'unsubscribeUrl', message: expect.stringMatching(/^is required/) }]);
    const withUrl = Object.assign(Object.create({ firstName: 'x' }) as Fields, { unsubscribeUrl: ok.unsubscribeUrl, webViewUrl: ok.webViewUrl, profileUrl: ok.profileUrl });
    const { text } = prepared.personalize(withUrl);
    expect(text).toContain('Liebe Leserin und Leser,');
    expect(text).not.toContain('Liebe x,');
  });

  it('ignores a polluted Object.prototype', async () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.firstName = 'Polluted';
    try {
      const { unsubscribeUrl, webViewUrl, profileUrl } = ok;
      expect(prepared.personalize({ unsubscribeUrl, webViewUrl, profileUrl }).text).toContain('Liebe Leserin und Leser,');
    } finally {
      delete proto.firstName;
    }
  });

  it('refuses a "__proto__" key from JSON.parse as a field the issue does not have', async () => {
    const record = JSON.parse(`{"__proto__": {"firstName": "x"}, "unsubscribeUrl": "${ok.unsubscribeUrl}", "webViewUrl": "${ok.webViewUrl}", "profileUrl": "${ok.profileUrl}"}`) as Fields;
    const error = await refusal(record);
    expect(error.problems).toEqual([{ field: '__proto__', message: expect.stringMatching(/^is not a placeholder of this issue \(it has: firstName, /) }]);
  });

  it('refuses values that are not an object of strings, naming the field', async () => {
    for (const values of [null, 'Anna', 42, ['Anna']]) {
      expect((await refusal(values)).message).toMatch(/^personalize: values must be an object \{ fieldName: value \}/);
    }
    const error = await refusal({ ...ok, firstName: { toString: () => 'Anna' } });
    expect(error.problems).toEqual([{ field: 'firstName', message: 'must be a string, got a object' }]);
  });
});
