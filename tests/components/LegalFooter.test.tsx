import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { LegalFooter, Newsletter, renderEmail, type Publisher } from '../../src';
import { checkEmail, renderAndCheck } from '../../src/check';
import { branchenticker05 } from '../../emails/fixtures/branchenticker-05';
import { fold, renderBlock } from '../support/render';

// The seed issue's publisher, plus the optional legal form, with a VAT ID written with spaces.
const publisher: Publisher = {
  ...branchenticker05.footer.publisher,
  legalForm: 'eingetragener Verein',
  vatId: 'DE 248 301 028',
};

describe('LegalFooter', () => {
  it('renders the full Impressum, disclaimer, objection notice and a visible unsubscribe link', async () => {
    const { $, text } = await renderBlock(
      <LegalFooter publisher={publisher} disclaimerTitle="Informationen zu Vitako:" disclaimer={['Erster Hinweis.', 'Zweiter Hinweis.']} unsubscribeUrl="https://example.org/abmelden" />,
    );
    const footer = fold($('[data-nk-section="footer"]').text());
    for (const part of [
      publisher.name,
      'eingetragener Verein',
      'Geschäftsführer: Dr. Ralf Resch',
      'Charlottenstr. 65',
      '10117 Berlin',
      'Deutschland',
      'Telefon: 030/2063 156 - 0',
      'E-Mail: redaktion@vitako.de',
      'Web: https://www.vitako.de',
      'Registergericht: Amtsgericht Charlottenburg, Registernummer: 25326Nz',
      // Shown as typed; the check reads it with or without spaces.
      'Umsatzsteuer-Identifikationsnummer gemäß § 27 a Umsatzsteuergesetz: DE 248 301 028',
      'Informationen zu Vitako:',
      'Erster Hinweis.',
      'Zweiter Hinweis.',
      'jederzeit widersprechen',
    ]) {
      expect(footer).toContain(part);
    }
    expect($('a[href="mailto:redaktion@vitako.de"]').text()).toBe('redaktion@vitako.de');
    const unsubscribe = $('a[href="https://example.org/abmelden"]');
    expect(unsubscribe.text()).toBe('Newsletter abbestellen');
    expect(text).toContain('abbestellen <https://example.org/abmelden>');
    // The size is declared once, on the footer's cell, and inherited by its paragraphs.
    $('[data-nk-section="footer"] p').each((_, p) => {
      expect($(p).closest('[style*="font-size"]').attr('style')).toMatch(/(^|;)font-size:12px(;|$)/);
    });
  });

  it('with impressumLayout "columns" sets name and address beside contact and register, stacking on narrow screens', async () => {
    const footer = (impressumLayout: 'stacked' | 'columns') => (
      <LegalFooter publisher={publisher} impressumLayout={impressumLayout} disclaimer={['Ein Hinweis.']} unsubscribeUrl="https://example.org/abmelden" />
    );
    const [stacked, columns] = await Promise.all([renderBlock(footer('stacked')), renderBlock(footer('columns'))]);
    const $ = columns.$;
    const halves = $('div').filter((_, el) => ($(el).attr('style') ?? '').includes('display:inline-block'));
    expect(halves).toHaveLength(2);
    halves.each((_, el) => expect($(el).attr('style')).toContain('max-width:276px'));
    expect(halves.eq(0).text().trim()).toMatch(/^VITAKO [^]*Charlottenstr\. 65[^]*Deutschland$/);
    expect(halves.eq(0).text()).not.toContain('Telefon');
    expect(halves.eq(1).text().trim()).toMatch(/^Telefon: [^]*Umsatzsteuergesetz: DE 248 301 028$/);
    // Text inside the columns writes its whole typography (Outlook's nested table cells do not inherit it), at the footer size.
    halves.find('p').each((_, p) => expect($(p).attr('style')).toMatch(/font-family:[^;]+;font-size:12px;line-height:18px/));
    expect(columns.html).toContain('<!--[if mso]></td><td width="276" valign="top"><![endif]-->');
    expect(stacked.$('div[style*="inline-block"]')).toHaveLength(0);
    expect(columns.text).toBe(stacked.text);
    expect(checkEmail(columns.html).filter((f) => f.rule === 'a11y-font-size' || f.rule === 'impressum')).toEqual([]);
  });

  it('speaks English and leaves out what is not given', async () => {
    const { name, representatives, address, email } = publisher;
    const { $ } = await renderBlock(
      <LegalFooter publisher={{ name, representatives, address, email }} unsubscribeUrl="{{unsubscribe_url}}" objectionNotice="Object any time." />,
      { lang: 'en' },
    );
    const footer = fold($('[data-nk-section="footer"]').text());
    expect(footer).toContain('Email: redaktion@vitako.de');
    expect(footer).toContain('Object any time.');
    expect(footer).not.toMatch(/Phone|VAT|Register court/);
    expect($('a[href="{{unsubscribe_url}}"]').text()).toBe('Unsubscribe');
  });

  it('names what the Impressum lacks', async () => {
    const { email: _e, ...noEmail } = publisher;
    await expect(renderBlock(<LegalFooter publisher={noEmail as Publisher} unsubscribeUrl="https://example.org/u" />)).rejects.toThrow(
      /LegalFooter: prop "publisher\.email" is required/,
    );
    await expect(renderBlock(<LegalFooter publisher={{ ...publisher, representatives: [] }} unsubscribeUrl="https://example.org/u" />)).rejects.toThrow(
      /prop "publisher\.representatives" must name at least one authorised representative/,
    );
    await expect(renderBlock(<LegalFooter publisher={{ ...publisher, address: { ...publisher.address, street: '  ' } }} unsubscribeUrl="https://example.org/u" />)).rejects.toThrow(
      /prop "publisher\.address\.street" must not be empty/,
    );
    const { postalCode: _p, ...noPostalCode } = publisher.address;
    await expect(renderBlock(<LegalFooter publisher={{ ...publisher, address: noPostalCode as Publisher['address'] }} unsubscribeUrl="https://example.org/u" />)).rejects.toThrow(
      /prop "publisher\.address\.postalCode" is required/,
    );
    await expect(renderBlock(<LegalFooter publisher={publisher} unsubscribeUrl={undefined as unknown as string} />)).rejects.toThrow(
      /prop "unsubscribeUrl"/,
    );
  });
});

// The component refuses what is missing or unsafe; the check judges what is only implausible, by jurisdiction.
describe('LegalFooter and the Impressum check', () => {
  const swiss: Publisher = {
    name: 'Verband Digitale Verwaltung Schweiz AG',
    representatives: [{ role: 'Präsident', name: 'Anna Muster' }],
    address: { street: 'Bahnhofstrasse 1', postalCode: '8001', city: 'Zürich', country: 'Schweiz' },
    email: 'info@example.ch',
    vatId: 'CHE-116.281.710 MWST',
  };
  const british: Publisher = {
    name: 'Civic Letters Ltd',
    representatives: [{ role: 'CEO', name: 'Jane Doe' }],
    address: { street: '10 Downing St', postalCode: 'SW1A 2AA', city: 'London', country: 'United Kingdom' },
    email: 'hello@example.co.uk',
    register: { court: 'Registered in England and Wales', number: 'Company number 01234567' },
    vatId: 'GB 980 7806 84',
  };
  const austrian: Publisher = {
    name: 'Kommunal-IT Österreich GmbH',
    representatives: [{ role: 'Geschäftsführerin', name: 'Eva Beispiel' }],
    address: { street: 'Ringstraße 5', postalCode: '1010', city: 'Wien' },
    email: 'office@example.at',
    register: { court: 'Handelsgericht Wien', number: 'FN 123456 a' },
    vatId: 'ATU13585627',
  };
  const zweckverband: Publisher = {
    name: 'Kommunales Rechenzentrum Minden-Ravensberg/Lippe',
    legalForm: 'Zweckverband',
    representatives: [{ role: 'Verbandsvorsteher', name: 'Landrat Dr. Axel Lehmann' }],
    address: { street: 'Bismarckstraße 23', postalCode: '32657', city: 'Lemgo' },
    email: 'info@krz.de',
    supervisoryAuthority: 'Bezirksregierung Detmold',
  };
  const american: Publisher = {
    name: 'Electronic Frontier Foundation',
    representatives: [{ role: 'Executive Director', name: 'Cindy Cohn' }],
    address: { street: '815 Eddy Street', postalCode: 'CA 94109', city: 'San Francisco', country: 'USA' },
    email: 'info@eff.org',
  };
  const check = async (publisher: Publisher, lang: 'de' | 'en' = 'de', accept?: { finding: string; reason: string }[]) =>
    renderAndCheck(
      <Newsletter lang={lang} title="Test" preview="Test preview">
        <LegalFooter publisher={publisher} unsubscribeUrl="https://example.org/u" {...(accept ? { accept: accept as never } : {})} />
      </Newsletter>,
      { level: 'soft' },
    );

  it.each([
    ['a Swiss', swiss, 'de'],
    ['a British', british, 'en'],
    ['an Austrian (its VAT ID tells the jurisdiction)', austrian, 'de'],
    ['a Zweckverband with its supervisory authority', zweckverband, 'de'],
    ['an American', american, 'en'],
  ] as const)('%s footer passes the component and the check, shown as written', async (_name, publisher, lang) => {
    const { findings, html, text } = await check(publisher, lang);
    expect(findings.filter((f) => f.rule === 'impressum')).toEqual([]);
    for (const value of [publisher.name, publisher.address.street, publisher.address.postalCode, publisher.address.city, publisher.vatId, publisher.supervisoryAuthority]) {
      if (value !== undefined) expect(fold(load(html).text()) + text).toContain(value);
    }
  });

  it('writes the address line as the country does: "London SW1A 2AA", "San Francisco, CA 94109", "32657 Lemgo"', async () => {
    expect((await check(british, 'en')).text).toContain('London SW1A 2AA');
    expect((await check(american, 'en')).text).toContain('San Francisco, CA 94109');
    const krz = await check(zweckverband);
    expect(krz.text).toContain('32657 Lemgo');
    expect(krz.text).toContain('Aufsichtsbehörde: Bezirksregierung Detmold');
    expect((await check(zweckverband, 'en')).text).toContain('Supervisory authority: Bezirksregierung Detmold');
  });

  it.each([
    ['an unknown role', { ...british, representatives: [{ role: 'Boss', name: 'Jane Doe' }] }, 'impressum/representative'],
    ['a street without a number', { ...british, address: { ...british.address, street: 'Downing Street' } }, 'impressum/street'],
    ['a Postfach instead of the street', { ...zweckverband, address: { ...zweckverband.address, street: 'Postfach 1234' } }, 'impressum/post-office-box'],
    ['a postcode that is none', { ...british, address: { ...british.address, postalCode: 'London' } }, 'impressum/postal-code'],
    ['a name without a legal form', { ...british, name: 'Civic Letters' }, 'impressum/legal-form'],
    ['a malformed VAT ID', { ...british, vatId: 'CHE-123.456' }, 'impressum/vat-id'],
    ['a public-law body without its supervisory authority', { ...zweckverband, supervisoryAuthority: undefined }, 'impressum/supervisory-authority'],
  ] as const)('renders %s and the check warns, saying what it expected and how to accept it', async (_name, publisher, id) => {
    const { findings } = await check(publisher as Publisher);
    const impressum = findings.filter((f) => f.rule === 'impressum');
    expect(impressum.map((f) => `${f.id}:${f.severity}`)).toEqual([`${id}:warning`]);
    expect(impressum[0]!.message).toMatch(/expected .*e\.g\./);
    expect(impressum[0]!.message).toContain(`accept it with { finding: '${id}', reason: '…' } in the footer's accept`);
    expect(impressum[0]!.message).toContain(`add { rule: 'impressum', matching: /^${id.replace('/', '\\/')}$/, reason: '…' } to options.allowlist`);
    // Accepted in the issue (LegalFooter's accept) or by the caller (checkEmail's allowlist), it is left out.
    const accepted = await check(publisher as Publisher, 'de', [{ finding: id, reason: 'written as the body writes it' }]);
    expect(accepted.findings.filter((f) => f.rule === 'impressum')).toEqual([]);
    const { html } = await check(publisher as Publisher);
    const allowlist = [{ rule: 'impressum' as const, matching: new RegExp(`^${id}$`), reason: 'as written' }];
    expect(checkEmail(html, { allowlist }).filter((f) => f.rule === 'impressum')).toEqual([]);
    // Another finding's id excuses nothing.
    expect(checkEmail(html, { allowlist: [{ ...allowlist[0]!, matching: /^impressum\/email$/ }] }).filter((f) => f.rule === 'impressum')).toHaveLength(1);
  });

  it('reports as errors only what is provably wrong: a VAT ID that fails its check digit, a German postal code of four digits', async () => {
    const vat = (await check({ ...british, vatId: 'GB 980 7806 85' })).findings.filter((f) => f.rule === 'impressum');
    expect(vat.map((f) => `${f.id}:${f.severity}`)).toEqual(['impressum/vat-id:error']);
    expect(vat[0]!.message).toContain('fails its check digit');
    const postal = (await check({ ...zweckverband, address: { ...zweckverband.address, postalCode: '3265', country: 'Deutschland' } })).findings.filter((f) => f.rule === 'impressum');
    expect(postal.map((f) => `${f.id}:${f.severity}`)).toEqual(['impressum/postal-code:error']);
    expect(postal[0]!.message).toContain('expected five digits before the town, e.g. "10117 Berlin"');
  });

  it('refuses an accepted finding it does not know, naming the ones it does', async () => {
    await expect(check(british, 'en', [{ finding: 'impressum/strete', reason: 'typo' }])).rejects.toThrow(/prop "accept\.0\.finding" must be the id of a finding of the impressum check: .*"impressum\/street"/);
    expect(() => checkEmail('<p>x</p>', { allowlist: [{ rule: 'impressum', reason: '' }] })).toThrow(/options\.allowlist\[0\]: "reason" is required/);
  });
});
