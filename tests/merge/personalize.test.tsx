import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Issue, renderEmail, type IssueData } from '../../src';
import { placeholder, prepareIssue, PersonalizeError, PlaceholderPlacementError, type PreparedIssue } from '../../src/merge';
import { normalizeTextValue } from '../../src/merge/prepareIssue';
import { isPlainText } from '../../src/base/values';
import { checkEmail, renderAndCheck } from '../../src/check';
import { personalIssue, type Personal } from './fixture';

const FALLBACK = 'Leserin und Leser';
const utf8 = new TextEncoder();
const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && Buffer.compare(a, b) === 0;

const template = () =>
  personalIssue({
    firstName: placeholder.firstName({ fallback: FALLBACK }),
    unsubscribeUrl: placeholder.unsubscribeUrl(),
    webViewUrl: placeholder.webViewUrl(),
    profileUrl: placeholder.custom('profileUrl', { kind: 'url' }),
  });

/** The full render path with the values written into the data, as an app without placeholders would. */
async function fullRender(values: Personal) {
  const firstName = normalizeTextValue(values.firstName) || FALLBACK;
  return renderEmail(<Issue data={personalIssue({ ...values, firstName })} />);
}

const hostileChars = fc.constantFrom(...Array.from('aäöüßÄ &<>"\'{}[]|*%$#;=/\\\u00a0\u200b\t\n  xyzZ€😀'));
// What the issue schema takes as text is what personalize takes; the refused rest is tests/hostile/personalize.test.tsx's.
const noControl = isPlainText;
const names = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }).filter(noControl),
  fc.string({ unit: hostileChars, maxLength: 40 }),
  fc.string({ unit: hostileChars, minLength: 80, maxLength: 240 }),
  fc.constantFrom('Anna & <Bob> "Q" \'x\'', 'Jürgen Größe-Übel', '{{7*7}} *|FNAME|* [[x]] <%y%> {z}', '', '   ', 'Ñandú Çağrı Łukasz 李雷'),
);
const plainUrl = (v: string) => {
  try {
    const u = new URL(v);
    return u.protocol === 'https:' && !/^https?$/i.test(u.hostname) && !/[\s"'<>\\^`{|}[\]]/.test(v);
  } catch {
    return false;
  }
};
const urls = fc.oneof(
  fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }).filter(plainUrl),
  fc
    .tuple(fc.nat(), fc.string({ unit: fc.constantFrom(...'abcäö &=?/%'.split('')), maxLength: 20 }))
    .map(([id, s]) => `https://news.example.org/u?id=${id}&t=${encodeURIComponent(s)}&lang=de`),
  fc.constant(`https://example.org/${'very-long-path-segment/'.repeat(8)}?a=1&b=2`),
);

describe('prepareIssue + personalize', () => {
  it('fills values byte-identically to a full render with the values in the data', async () => {
    const prepared = await prepareIssue(template(), { fields: ['firstName', 'unsubscribeUrl', 'webViewUrl', 'profileUrl'] });
    const numRuns = Number(process.env.PERSONALIZE_RUNS ?? 200);
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.record({ firstName: names, unsubscribeUrl: urls, webViewUrl: urls, profileUrl: urls }), async (values) => {
        runs++;
        const copy = prepared.personalize(values);
        const bytes = prepared.personalizeBytes(values);
        const full = await fullRender(values);
        expect(copy.html).toBe(full.html);
        expect(copy.text).toBe(full.text);
        // The byte path: exactly the UTF-8 encoding of the full render's parts (compared as memory: a deep equal of 65,000 elements is slow).
        expect(sameBytes(bytes.html, utf8.encode(full.html))).toBe(true);
        expect(sameBytes(bytes.text, utf8.encode(full.text))).toBe(true);
        // As JSON string literals for an ESP's API: exactly what JSON.stringify writes.
        const json = prepared.personalizeBytes(values, { format: 'json' });
        expect(sameBytes(json.html, utf8.encode(JSON.stringify(full.html)))).toBe(true);
        expect(sameBytes(json.text, utf8.encode(JSON.stringify(full.text)))).toBe(true);
      }),
      { numRuns },
    );
    expect(runs).toBeGreaterThanOrEqual(numRuns);
  });

  it('escapes values in the HTML, keeps them whole in the text part and wraps the text around them', async () => {
    const prepared = await prepareIssue(template());
    const long = 'Maximiliane-Charlotte von und zu Hohenzollern-Sigmaringen-Wittelsbach & Söhne';
    const { html, text } = prepared.personalize({
      firstName: `<b>${long}</b>`,
      unsubscribeUrl: 'https://news.example.org/abmelden?id=42&token=a1b2c3',
      webViewUrl: 'https://news.example.org/web/5',
      profileUrl: 'https://news.example.org/profil?id=42',
    });
    // Escaped like React escapes, and otherwise as typed: "<b>" opens no merge tag.
    expect(html).toContain(`Liebe &lt;b&gt;${long.replace('&', '&amp;')}&lt;/b&gt;,`);
    expect(html).toContain('href="https://news.example.org/abmelden?id=42&amp;token=a1b2c3"');
    expect(html).not.toMatch(/nkph_|nk\.invalid/);
    expect(text).toContain('<https://news.example.org/abmelden?id=42&token=a1b2c3>');
    expect(text).not.toMatch(/nkph_|nk\.invalid/);
    for (const line of text.split('\n')) if (line.includes(' ')) expect(line.length, line).toBeLessThanOrEqual(78);
    // The long value moved the line breaks of its own paragraph: wrapped after filling, not before.
    expect(text).toContain('\nLiebe <b>Maximiliane-Charlotte von und zu Hohenzollern-Sigmaringen-Wittelsbach\n& Söhne</b>,\n');
  });

  it('reads the fallback for a missing or blank first name', async () => {
    const prepared = await prepareIssue(template());
    const urlsOnly = { unsubscribeUrl: 'https://a.example/u', webViewUrl: 'https://a.example/w', profileUrl: 'https://a.example/p' };
    expect(prepared.personalize(urlsOnly).text).toContain(`Liebe ${FALLBACK},`);
    expect(prepared.personalize({ ...urlsOnly, firstName: ' \n ' }).text).toContain(`Liebe ${FALLBACK},`);
  });

  it('rejects URL values that are not absolute https, and unknown or missing fields, naming the field', async () => {
    const prepared: PreparedIssue = await prepareIssue(template());
    const ok = { firstName: 'Anna', unsubscribeUrl: 'https://a.example/u', webViewUrl: 'https://a.example/w', profileUrl: 'https://a.example/p' };
    for (const bad of ['http://a.example/u', '/abmelden', 'javascript:alert(1)', 'https://https://a.example', 'https://a.example/u?x="y"', 'https://a.example/{{x}}', '*|UNSUB|*']) {
      expect(() => prepared.personalize({ ...ok, unsubscribeUrl: bad }), bad).toThrow(/^personalize: field "unsubscribeUrl" (must|contains|has)/);
    }
    expect(() => prepared.personalize({ ...ok, lastName: 'x' } as never)).toThrow(/field "lastName" is not a placeholder of this issue \(it has: firstName, /);
    const missing = (() => {
      try {
        prepared.personalize({ firstName: 'Anna' });
      } catch (error) {
        return String(error);
      }
    })();
    for (const field of ['unsubscribeUrl', 'webViewUrl', 'profileUrl']) expect(missing).toContain(`field "${field}" is required`);
    expect(() => prepared.personalize({ ...ok, firstName: 'a\u0000b' })).toThrow(PersonalizeError);
    expect(() => prepared.personalize({ ...ok, firstName: 'a\ude00b' })).toThrow(/field "firstName" contains U\+DE00 \(lone surrogate\)/);
  });

  it('checks the declared fields against the placeholders the issue uses', async () => {
    await expect(prepareIssue(template(), { fields: ['firstName', 'unsubscribeUrl', 'webViewUrl'] })).rejects.toThrow(
      /placeholders profileUrl that "fields" does not declare/,
    );
    await expect(prepareIssue(template(), { fields: ['firstName', 'unsubscribeUrl', 'webViewUrl', 'profileUrl', 'company'] })).rejects.toThrow(
      /fields company are declared but the issue uses no such placeholder/,
    );
  });

  it('keeps placeholders out of the preheader and out of URLs they are only part of', async () => {
    const inPreview = { ...template(), preview: `Neu für ${placeholder.firstName()}` };
    await expect(prepareIssue(inPreview)).rejects.toThrow(PlaceholderPlacementError);
    const inUrl = template();
    inUrl.links = [{ href: `https://a.example/?n=${placeholder.firstName()}`, text: 'Link' }];
    await expect(prepareIssue(inUrl)).rejects.toThrow(/text placeholder firstName cannot be part of a URL/);
  });

  it('is checked once, on the prepared template', async () => {
    const prepared = await prepareIssue(template(), { dialect: 'mailchimp' });
    expect(prepared.template).toContain(`href="${placeholder.unsubscribeUrl()}"`);
    expect(checkEmail(prepared.template).filter((f) => f.severity === 'error')).toEqual([]);
    const checked = await renderAndCheck(<Issue data={template()} />, { dialect: 'mautic' });
    expect(checked.html).toContain('href="{unsubscribe_url}"');
    expect(checked.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('refuses to ship tokens from renderEmail without a dialect', async () => {
    await expect(renderEmail(<Issue data={template()} />)).rejects.toThrow(
      /holds placeholders \(firstName, webViewUrl, profileUrl, unsubscribeUrl\): pass \{ dialect \}/,
    );
  });
});

describe('prepareIssue with an element', () => {
  it('takes any email element, not only issue data, with the same result', async () => {
    const fromData = await prepareIssue(template());
    const fromElement = await prepareIssue(<Issue data={template()} />);
    expect(fromElement.html).toBe(fromData.html);
    const values = { firstName: 'Zoë', unsubscribeUrl: 'https://a.example/u', webViewUrl: 'https://a.example/w', profileUrl: 'https://a.example/p' };
    expect(fromElement.personalize(values)).toEqual(fromData.personalize(values));
    expect(fromElement.fields).toEqual([
      { name: 'firstName', kind: 'text' },
      { name: 'webViewUrl', kind: 'url' },
      { name: 'profileUrl', kind: 'url' },
      { name: 'unsubscribeUrl', kind: 'url' },
    ]);
  });
});

/**
 * The seed issue with authored characters that open a merge tag together with a value's edge:
 * `{` before and after the name, `*` and `|`, `<` and `%`, `[` across bold text (which the
 * text part joins to its neighbours).
 */
function edgeIssue(firstName: string): IssueData {
  const data = personalIssue({ firstName, unsubscribeUrl: 'https://a.example/u', webViewUrl: 'https://a.example/w', profileUrl: 'https://a.example/p' });
  data.intro!.greeting = `Liebe {${firstName}{,`;
  data.title = `Nr. 5 *${firstName}|`;
  data.intro!.paragraphs[0] = ['Hallo [', { bold: firstName }, '[ und <', { bold: firstName }, '% und %', firstName, '%'];
  return data;
}

describe('personalize beside authored text that opens a tag with the value', () => {
  const edgeValues = fc.oneof(
    fc.constantFrom('{', '{{', 'Anna{', '{Anna', '%', '*', '|', '[', '<', '%%', 'A', 'a', 'Zoë', '{x}', '*|FNAME|*'),
    fc.string({ unit: fc.constantFrom(...Array.from('{}[]|*%<>aA&')), minLength: 1, maxLength: 6 }),
  );

  for (const dialect of [undefined, 'cleverreach', 'mautic', 'mailchimp', 'brevo'] as const) {
    it(`is byte-identical to a full render${dialect ? ` with the ${dialect} dialect` : ''}`, async () => {
      // A dialect's tag may stand in an attribute (the button's text-part hint) only without a fallback.
      const prepared = await prepareIssue(edgeIssue(dialect ? placeholder.firstName() : placeholder.firstName({ fallback: FALLBACK })), dialect ? { dialect } : {});
      await fc.assert(
        fc.asyncProperty(edgeValues, async (name) => {
          const firstName = normalizeTextValue(name);
          const copy = prepared.personalize({ firstName: name });
          const full = await renderEmail(<Issue data={edgeIssue(firstName)} />, dialect ? { dialect } : {});
          expect(copy.html).toBe(full.html);
          expect(copy.text).toBe(full.text);
        }),
        { numRuns: Number(process.env.PERSONALIZE_RUNS ?? 60) },
      );
    });
  }

  it('puts the word joiner where the value and the authored brace meet: "Anna{" + "{"', async () => {
    const prepared = await prepareIssue(edgeIssue(placeholder.firstName({ fallback: FALLBACK })));
    const { html, text } = prepared.personalize({ firstName: 'Anna{' });
    expect(html).toContain('Liebe {Anna{\u2060{,');
    expect(text).toContain('Liebe {Anna{\u2060{,');
    const opening = prepared.personalize({ firstName: '{Anna' });
    expect(opening.html).toContain('Liebe {\u2060{Anna{,');
  });

  it('with a dialect, judges the tag it leaves in place against its neighbours', async () => {
    const prepared = await prepareIssue(edgeIssue(placeholder.firstName()), { dialect: 'brevo' });
    const full = await renderEmail(<Issue data={edgeIssue(placeholder.firstName())} />, { dialect: 'brevo' });
    const copy = prepared.personalize({});
    expect(copy).toEqual({ html: full.html, text: full.text });
    expect(copy.html).toContain('Liebe {\u2060{{ contact.FIRSTNAME }}{,');
  });
});
