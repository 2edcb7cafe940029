import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEmail, type CheckOptions } from '../../src/check';
import { parseEmail } from '../../src/check/document';
import { urlShortenerHosts } from '../../src/check/shorteners';
import { measureImageText } from '../../src/check/rules/image-text-ratio';
import { namedSites } from '../../src/check/rules/link-domain-mismatch';
import { shoutingOf } from '../../src/check/rules/subject-shouting';
import { shortenerOf } from '../../src/check/rules/url-shortener';
import { cli, root, tempDir } from '../cli/support';
import { clean, mutate } from './helpers';

describe('link-domain-mismatch: what link text names', () => {
  it.each([
    ['www.vitako.de', ['vitako.de'], true],
    ['https://www.vitako.de/newsletter', ['vitako.de'], true],
    ['<https://www.vitako.de>', ['vitako.de'], true],
    ['→ vitako.de/stellenmarkt.', ['vitako.de'], true],
    ['redaktion@vitako.de', ['vitako.de'], true],
    ['Mehr auf heise.de', ['heise.de'], false],
    ['Website (Artikel des krz zur Debatte)', [], false],
    ['www.bücher.de', ['xn--bcher-kva.de'], true],
    ['xn--bcher-kva.de', ['xn--bcher-kva.de'], true],
    ['\u2068www.vitako.de\u2069', ['vitako.de'], true],
    ['https://paypal.com.account-check.net/login', ['account-check.net'], true],
    ['foo.github.io', ['foo.github.io'], true],
    ['ASP.NET und Node.js', [], false],
    ['z.B. 2.0 e.V. Abs.3', [], false],
    ['Vitako.de', ['vitako.de'], true],
  ])('%s', (text, sites, whole) => {
    const named = namedSites(text);
    expect(named.sites.map((site) => site.site)).toEqual(sites);
    expect(named.whole).toBe(whole);
  });
});

describe('url-shortener: the list', () => {
  it('holds the services the issue names and only plain lower-case host names', () => {
    for (const host of ['bit.ly', 't.co', 'tinyurl.com', 'goo.gl', 'ow.ly', 'is.gd', 'buff.ly']) expect(urlShortenerHosts).toContain(host);
    expect(urlShortenerHosts).not.toContain('doi.org');
    for (const host of urlShortenerHosts) expect(host).toMatch(/^\.?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
    expect(new Set(urlShortenerHosts).size).toBe(urlShortenerHosts.length);
  });

  it.each([
    ['bit.ly', 'bit.ly'],
    ['BIT.LY', 'bit.ly'],
    ['www.bit.ly', 'bit.ly'],
    ['musterverband.page.link', 'page.link'],
    ['page.link', undefined],
    ['bit.ly.example.org', undefined],
    ['doi.org', undefined],
    ['www.vitako.de', undefined],
  ])('%s → %s', (host, shortener) => {
    expect(shortenerOf(host)).toBe(shortener);
  });
});

describe('subject-shouting: why a subject shouts', () => {
  it.each([
    ['Vitako-Branchenticker Nr. 5', undefined],
    ['Civic Digest No. 12', undefined],
    ['IT-Planungsrat: OZG-Bilanz und DSGVO-Leitfaden', undefined],
    ['ITDZ, KDO und NEGZ: drei Berichte', undefined],
    ['Was ist neu? Wer ist dabei? Wann?', undefined],
    ['Free and open source software in the council', undefined],
    ['Unsere Freiheit – for freedom of information', undefined],
    ['Ab sofort: Anmeldung zum Kongress', undefined],
    ['URGENT: ACTION REQUIRED ON YOUR ACCOUNT', { capitals: 1, phrase: 'URGENT' }],
    ['JETZT ANMELDEN: Digitaler Staat 2021', { capitalWords: 'JETZT ANMELDEN' }],
    ['Re: AW: Dringende Bitte um Rückmeldung', { phrase: 'Dringende' }],
    ['Kostenlosen Zugang sichern', { phrase: 'Kostenlosen' }],
    ['Nur noch heute: Frühbucherpreis', { phrase: 'Nur noch heute' }],
    ['Last chance to register', { phrase: 'Last chance' }],
    ['Die neue Ausgabe ist da!!', { punctuation: '"!!"' }],
    ['Wirklich?! Der Haushalt 2021', { punctuation: '"?!"' }],
    ['Neu! Schnell! Einfach!', { punctuation: '3 × "!"' }],
  ])('%s', (subject, expected) => {
    expect(shoutingOf(subject)).toEqual(expected);
  });

  it('reads the <title> unless options.subject is given, and says which it judged', () => {
    const shouting = mutate(['<title>Musterticker Nr. 1</title>', '<title>JETZT ANMELDEN: Zukunftskongress 2021</title>']);
    const [fromTitle] = checkEmail(shouting).filter((f) => f.rule === 'subject-shouting');
    expect(fromTitle?.message).toMatch(/^subject \(the <title>\) "JETZT ANMELDEN: Zukunftskongress 2021" shouts: "JETZT ANMELDEN" is written in capitals\. /);
    expect(fromTitle?.message).toContain("add { rule: 'subject-shouting', matching: /^JETZT ANMELDEN: Zukunft/, reason: '…' } to options.allowlist");
    const [fromOption] = checkEmail(clean, { subject: 'KOSTENLOS!!' }).filter((f) => f.rule === 'subject-shouting');
    expect(fromOption?.message).toMatch(/^subject "KOSTENLOS!!" shouts: "KOSTENLOS" is what spam says; "!!" piles up punctuation\./);
  });
});

describe('image-text-ratio: the measure', () => {
  const measure = (body: string) => measureImageText(parseEmail(`<html><head><title>t</title></head><body>${body}</body></html>`));

  it('counts visible characters without whitespace, and image area from the size attributes', () => {
    expect(measure('<p>Hallo  Welt</p><p style="display:none">versteckt</p><img src="https://example.org/a.jpg" width="600" height="300" alt="Ein langer Alternativtext">')).toEqual({
      characters: 9,
      imageArea: 180_000,
      images: 1,
    });
  });

  it('guesses sizes as SpamAssassin does and leaves out pixels, spacers and hidden images', () => {
    expect(measure('<img src="https://example.org/a.jpg" alt="">').imageArea).toBe(200 * 200);
    expect(measure('<img src="https://example.org/a.jpg" width="50%" height="10%" alt="">').imageArea).toBe(400 * 60);
    expect(
      measure(
        '<img src="https://example.org/o.gif" width="1" height="1" alt=""><img src="https://example.org/s.gif" width="1" height="40" alt=""><div style="display:none"><img src="https://example.org/a.jpg" width="600" height="300" alt=""></div>',
      ),
    ).toEqual({ characters: 0, imageArea: 0, images: 0 });
  });

  it('does not call a text email with a tracking pixel "mostly images"', () => {
    const html = mutate([/<img src="https:\/\/example\.org\/logo\.png"[^>]*>/, '<img src="https://example.org/o.gif" width="1" height="1" alt="" style="display:block;border:0">']);
    expect(checkEmail(html).filter((f) => f.rule === 'image-text-ratio')).toEqual([]);
  });

  it('reports the figures it judged', () => {
    const poster = mutate([
      /(<img src="https:\/\/example\.org\/logo\.png"[^>]*>)/,
      '$1<img src="https://example.org/plakat.jpg" width="552" height="2400" alt="Plakat: Zukunftskongress am 25. Februar" style="display:block;border:0">',
    ]);
    const findings = checkEmail(poster).filter((f) => f.rule === 'image-text-ratio');
    expect(findings.map((f) => f.message)).toEqual([
      "mostly images: 2 images of 1,331,200 px² beside 441 characters of text (0.3 characters per 1,000 px²; at least 8 with fewer than 500 characters). Where images are blocked the reader sees almost nothing: write the message as text and let the images illustrate it. If it is intended, add { rule: 'image-text-ratio', reason: '…' } to options.allowlist.",
    ]);
  });
});

describe('content rules: allowlist entries', () => {
  const bitly = mutate(['href="https://example.org/anmeldung"', 'href="https://bit.ly/3Kx9QzT"']);

  it('excuse only the findings they match, also with a /g pattern used twice', () => {
    const options: CheckOptions = { allowlist: [{ rule: 'url-shortener', matching: /^https:\/\/bit\.ly\//g, reason: 'Short links printed on our posters' }] };
    expect(checkEmail(bitly, options)).toEqual([]);
    expect(checkEmail(bitly, options)).toEqual([]);
    const other: CheckOptions = { allowlist: [{ rule: 'url-shortener', matching: /^https:\/\/t\.co\//, reason: 'Tweets we quote' }] };
    expect(checkEmail(bitly, other).map((f) => f.rule)).toEqual(['url-shortener']);
  });

  it('are refused when they could never excuse anything, naming the entry and what to write', () => {
    const run = (entry: unknown) => () => checkEmail(clean, { allowlist: [entry as never] });
    expect(run({ rule: 'gmail-size', reason: 'x' })).toThrow(
      /options\.allowlist\[0\] names the rule "gmail-size", which takes no exceptions; these do: link-domain-mismatch, url-shortener, http-link, subject-shouting, image-text-ratio, impressum \(e\.g\. \{ rule: 'url-shortener'/,
    );
    expect(run({ rule: 'url-shortner', reason: 'x' })).toThrow(/names the rule "url-shortner", which takes no exceptions/);
    expect(run({ rule: 'url-shortener', reason: ' ' })).toThrow(/options\.allowlist\[0\]: "reason" is required/);
    expect(run({ rule: 'url-shortener', matching: '^https://bit.ly/', reason: 'x' })).toThrow(/"matching" must be a RegExp/);
  });

  it('leave caniemail entries to client-support, and the other way round', () => {
    const options: CheckOptions = { allowlist: [{ title: 'opacity', reason: 'x' }, { rule: 'url-shortener', reason: 'Short links printed on our posters' }] };
    expect(checkEmail(bitly, options)).toEqual([]);
  });
});

describe('the CLI checks the subject the issue data sets', () => {
  it('judges data.subject rather than the title', async () => {
    const out = await tempDir();
    const yaml = await readFile(join(root, 'emails', 'branchenticker-05.yaml'), 'utf8');
    const file = join(out, 'shouting.yaml');
    const subject = /^subject: .*$/m;
    expect(yaml).toMatch(subject);
    await writeFile(file, yaml.replace(subject, 'subject: "JETZT ANMELDEN: Digitaler Staat 2021"'));
    const run = await cli(['render', file, '--out', out, '--format', 'html', '--level', 'strict', '--max-warnings', '0']);
    expect(run.stdout).toContain(`${file}: check: 0 errors, 1 warnings`);
    expect(run.stdout).toContain('subject-shouting: subject "JETZT ANMELDEN: Digitaler Staat 2021" shouts');
    expect(run.code).toBe(1);
  });
});
