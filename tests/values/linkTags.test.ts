import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkTagger, linkTagsSchema, type LinkTags } from '../../src/base/values';
import { placeholder } from '../../src/merge';
import { hostileUrls } from '../fixtures/hostile';
import { legitLinks } from '../fixtures/legit';

const UTM = 'utm_source=newsletter&utm_medium=email&utm_campaign=branchenticker-05';
const tags: LinkTags = {
  params: { utm_source: 'newsletter', utm_medium: 'email', utm_campaign: 'branchenticker-05' },
  domains: ['vitako.de', 'bücher.de'],
  except: ['https://www.vitako.de/presse'],
};
const tag = linkTagger(linkTagsSchema.parse(tags));

describe('a link to a listed domain gets the parameters it lacks, and nothing else changes', () => {
  it.each([
    ['https://www.vitako.de/aktuelles', `https://www.vitako.de/aktuelles?${UTM}`],
    // No slash is added: the link stays as written, with the parameters after it.
    ['https://vitako.de', `https://vitako.de?${UTM}`],
    ['https://www.vitako.de/', `https://www.vitako.de/?${UTM}`],
    ['https://www.vitako.de/veranstaltungen/', `https://www.vitako.de/veranstaltungen/?${UTM}`],
    ['http://www.vitako.de/alt', `http://www.vitako.de/alt?${UTM}`],
    ['https://www.vitako.de/suche?q=ozg&seite=2', `https://www.vitako.de/suche?q=ozg&seite=2&${UTM}`],
    ['https://www.vitako.de/suche?', `https://www.vitako.de/suche?${UTM}`],
    ['https://www.vitako.de/suche?q=ozg&', `https://www.vitako.de/suche?q=ozg&${UTM}`],
    // The fragment stays last, after the query.
    ['https://www.vitako.de/seite#abschnitt-2', `https://www.vitako.de/seite?${UTM}#abschnitt-2`],
    ['https://www.vitako.de/seite?a=1#frage?antwort', `https://www.vitako.de/seite?a=1&${UTM}#frage?antwort`],
    ['https://www.vitako.de/seite#', `https://www.vitako.de/seite?${UTM}#`],
    // Percent-encoding, unencoded non-ASCII, case and ports as written (the URL parser would rewrite the second).
    ['https://www.vitako.de/stra%C3%9Fe/a%20b?q=%E2%82%AC', `https://www.vitako.de/stra%C3%9Fe/a%20b?q=%E2%82%AC&${UTM}`],
    ['https://www.vitako.de/straße/übersicht', `https://www.vitako.de/straße/übersicht?${UTM}`],
    ['https://WWW.VITAKO.DE/Seite', `https://WWW.VITAKO.DE/Seite?${UTM}`],
    ['https://www.vitako.de:8443/intern', `https://www.vitako.de:8443/intern?${UTM}`],
    // An IDN host as typed or as punycode; the list's "bücher.de" covers both.
    ['https://bücher.de/neu', `https://bücher.de/neu?${UTM}`],
    ['https://xn--bcher-kva.de/neu', `https://xn--bcher-kva.de/neu?${UTM}`],
    ['https://mitglieder.vitako.de/login', `https://mitglieder.vitako.de/login?${UTM}`],
    // Merge tags in the path or query stay byte for byte.
    ['https://www.vitako.de/u/*|UNIQID|*/profil?e=*|EMAIL|*', `https://www.vitako.de/u/*|UNIQID|*/profil?e=*|EMAIL|*&${UTM}`],
    ['https://www.vitako.de/profil?id={{contact.ID}}', `https://www.vitako.de/profil?id={{contact.ID}}&${UTM}`],
    ['https://www.vitako.de/{ID}/profil', `https://www.vitako.de/{ID}/profil?${UTM}`],
    ['https://www.vitako.de/profil?c={contactfield=id}', `https://www.vitako.de/profil?c={contactfield=id}&${UTM}`],
    ['https://www.vitako.de/p?u=[[data:id:x]]', `https://www.vitako.de/p?u=[[data:id:x]]&${UTM}`],
  ])('%s', (input, output) => {
    expect(tag(input)).toBe(output);
  });

  it('keeps the value an author gave a parameter and adds only the missing ones', () => {
    expect(tag('https://www.vitako.de/x?utm_source=partner')).toBe('https://www.vitako.de/x?utm_source=partner&utm_medium=email&utm_campaign=branchenticker-05');
    // As the URL parser reads it: percent-encoded or without a value, it is there.
    expect(tag('https://www.vitako.de/x?utm%5Fsource=a&utm_medium')).toBe('https://www.vitako.de/x?utm%5Fsource=a&utm_medium&utm_campaign=branchenticker-05');
    const full = `https://www.vitako.de/x?utm_campaign=sommer&utm_medium=print&utm_source=flyer#k`;
    expect(tag(full)).toBe(full);
  });

  it('percent-encodes values and writes parameters in the order given', () => {
    const t = linkTagger(linkTagsSchema.parse({ params: { ref: 'Nr. 5 & mehr/ä', '1stOfApril': 'x~y' }, domains: ['*'] }));
    expect(t('https://example.org/a')).toBe('https://example.org/a?ref=Nr.%205%20%26%20mehr%2F%C3%A4&1stOfApril=x~y');
    expect(new URL(t('https://example.org/a')).searchParams.get('ref')).toBe('Nr. 5 & mehr/ä');
  });
});

describe('links that are never tagged stay exactly as written', () => {
  it.each([
    'mailto:redaktion@vitako.de?subject=Hallo',
    'tel:+49302063156',
    '{{unsubscribe_url}}',
    '{{{unsubscribe}}}',
    '*|UNSUB|*',
    '%%unsubscribe%%',
    placeholder.unsubscribeUrl(),
    placeholder.webViewUrl(),
    placeholder.custom('profileUrl', { kind: 'url' }),
    // Not a listed domain, nor one that only looks like it.
    'https://www.itdz-berlin.de/impfzentren',
    'https://vitako.de.evil.example/x',
    'https://notvitako.de/x',
    'https://vitako.de@evil.example/x',
    // Listed in except, exactly as written.
    'https://www.vitako.de/presse',
    '#oben',
    'javascript:alert(1)',
  ])('%s', (input) => {
    expect(tag(input)).toBe(input);
  });

  it('leaves per-recipient URLs alone even when every domain is tagged', () => {
    const every = linkTagger(linkTagsSchema.parse({ params: { utm_source: 'n' }, domains: ['*'] }));
    expect(every(placeholder.unsubscribeUrl())).toBe(placeholder.unsubscribeUrl());
    expect(every('https://www.itdz-berlin.de/')).toBe('https://www.itdz-berlin.de/?utm_source=n');
    // except matches the link as written: another spelling of the same page is tagged.
    const except = linkTagger(linkTagsSchema.parse({ params: { utm_source: 'n' }, domains: ['*'], except: ['https://example.org/a'] }));
    expect(except('https://example.org/a')).toBe('https://example.org/a');
    expect(except('https://example.org/a/')).toBe('https://example.org/a/?utm_source=n');
  });

  it('adds the parameters as text before the fragment, whatever the URL holds (property)', () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9._~%!$'()*+,;=:@|{}[\]-]{0,12}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), fc.option(segment), fc.option(segment), (path, query, fragment) => {
        const head = `https://www.vitako.de/${path.join('/')}${query === null ? '' : `?${query}`}`;
        const input = `${head}${fragment === null ? '' : `#${fragment}`}`;
        let url: URL;
        try {
          url = new URL(input);
        } catch {
          return;
        }
        const out = tag(input);
        const missing = ['utm_source', 'utm_medium', 'utm_campaign'].filter((name) => !url.searchParams.has(name));
        if (missing.length === 0) return expect(out).toBe(input);
        // What the author wrote before the fragment is kept as a prefix, the fragment as the end.
        expect(out.startsWith(head)).toBe(true);
        expect(out.endsWith(fragment === null ? '' : `#${fragment}`)).toBe(true);
        const parsed = new URL(out);
        expect(parsed.pathname).toBe(url.pathname);
        expect(parsed.hash).toBe(url.hash);
        for (const name of missing) expect(parsed.searchParams.getAll(name)).toHaveLength(1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the corpora', () => {
  const every = linkTagger(linkTagsSchema.parse({ params: { utm_source: 'newsletter' }, domains: ['*'] }));

  it('tags every legitimate web link by adding text before its fragment, and leaves the others as written', () => {
    let webLinks = 0;
    for (const { url } of legitLinks) {
      const out = every(url);
      if (!/^https?:/i.test(url)) {
        expect(out, url).toBe(url);
        continue;
      }
      webLinks++;
      const hash = url.indexOf('#');
      const head = hash < 0 ? url : url.slice(0, hash);
      const fragment = hash < 0 ? '' : url.slice(hash);
      if (new URL(url).searchParams.has('utm_source')) expect(out).toBe(url);
      else expect(out, url).toBe(`${head}${!head.includes('?') ? '?' : /[?&]$/.test(head) ? '' : '&'}utm_source=newsletter${fragment}`);
    }
    expect(webLinks).toBeGreaterThan(10);
  });

  it('leaves every hostile URL untouched (the schemas refuse them; tagging never repairs one into a link)', () => {
    const refused = hostileUrls.filter((h) => h.refusedAs.includes('href'));
    expect(refused.length).toBeGreaterThan(10);
    for (const { url } of refused) expect(every(url), url).toBe(url);
  });
});

describe('the option is checked, naming the field', () => {
  const problem = (value: unknown) => linkTagsSchema.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

  it('accepts what campaign tagging needs', () => {
    expect(linkTagsSchema.parse({ params: { utm_source: 'newsletter', mc_cid: 'a1b2', 'x.y~z-1': 'Sommer 2026' }, domains: ['*'] }).params).toEqual([
      ['utm_source', 'newsletter'],
      ['mc_cid', 'a1b2'],
      ['x.y~z-1', 'Sommer 2026'],
    ]);
    expect(linkTagsSchema.parse({ params: { a: 'b' }, domains: ['Bücher.DE', 'vitako.de'] }).domains).toEqual(['xn--bcher-kva.de', 'vitako.de']);
  });

  it.each([
    [{ params: { 'utm source': 'x' }, domains: ['*'] }, /^params\.utm source: is not a usable parameter name: write letters, digits and \. _ ~ -/],
    [{ params: { 'a&b': 'x' }, domains: ['*'] }, /^params\.a&b: is not a usable parameter name/],
    [{ params: { utm_source: 'a\r\nBcc: x' }, domains: ['*'] }, /^params\.utm_source: must be one line without tabs/],
    [{ params: { utm_source: 'a\u202eb' }, domains: ['*'] }, /^params\.utm_source: contains U\+202E \(RIGHT-TO-LEFT OVERRIDE\)/],
    [{ params: { utm_source: '\u0000' }, domains: ['*'] }, /^params\.utm_source: contains U\+0000 \(NUL\)/],
    [{ params: { utm_source: ' ' }, domains: ['*'] }, /^params\.utm_source: must not be empty/],
    [{ params: { utm_source: 7 }, domains: ['*'] }, /^params\.utm_source: must be a string, e\.g\. "email", got 7/],
    [{ params: { utm_content: '*|EMAIL|*' }, domains: ['*'] }, /^params\.utm_content: holds "\*\|", which opens a mail service's merge tag/],
    [{ params: { utm_content: placeholder.firstName() }, domains: ['*'] }, /^params\.utm_content: holds a placeholder/],
    [{ params: { utm_source: 'x'.repeat(201) }, domains: ['*'] }, /must be at most 200 characters/],
    [{ params: {}, domains: ['*'] }, /^params: must name at least one parameter/],
    [{ params: 'utm_source=x', domains: ['*'] }, /^params: must be an object of parameter names and values/],
    [{ params: { utm_source: 'x' } }, /^domains: is required: a list of domains/],
    [{ params: { utm_source: 'x' }, domains: [] }, /^domains: must list at least one domain/],
    [{ params: { utm_source: 'x' }, domains: ['https://vitako.de/'] }, /^domains\.0: must be a domain alone, without scheme, path or port/],
    [{ params: { utm_source: 'x' }, domains: ['vitako.de:443'] }, /^domains\.0: must be a domain alone/],
    [{ params: { utm_source: 'x' }, domains: ['*.vitako.de'] }, /^domains\.0: must be a domain alone/],
    [{ params: { utm_source: 'x' }, domains: ['*'], except: ['mailto:a@b.de'] }, /^except\.0: must be a https:\/\/ or http:\/\/ link exactly as written/],
    [{ params: { utm_source: 'x' }, domains: ['*'], utm: 1 }, /unknown key "utm"/],
  ])('refuses %j', (value, message) => {
    expect(problem(value)?.join('\n')).toMatch(message);
  });

  it('reads only own keys: __proto__ from JSON is refused, not turned into a prototype', () => {
    const parsed = JSON.parse('{"params":{"__proto__":"x","utm_source":"n"},"domains":["*"]}');
    expect(problem(parsed)?.join('\n')).toMatch(/^params\.__proto__: is not a usable parameter name/);
  });
});
