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
      'Umsatzsteuer-Identifikationsnummer gemäß § 27 a Umsatzsteuergesetz: DE248301028',
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
    expect(halves.eq(1).text().trim()).toMatch(/^Telefon: [^]*Umsatzsteuergesetz: DE248301028$/);
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
    await expect(renderBlock(<LegalFooter publisher={{ ...publisher, vatId: 'DE12345' }} unsubscribeUrl="https://example.org/u" />)).rejects.toThrow(
      /prop "publisher\.vatId" must look like a VAT ID/,
    );
    await expect(renderBlock(<LegalFooter publisher={publisher} unsubscribeUrl={undefined as unknown as string} />)).rejects.toThrow(
      /prop "unsubscribeUrl"/,
    );
  });
});

// One definition of a complete Impressum (src/base/legal.ts): what the component accepts, the check accepts.
describe('LegalFooter and the Impressum check agree', () => {
  const swiss: Publisher = {
    name: 'Verband Digitale Verwaltung Schweiz AG',
    representatives: [{ role: 'Präsident', name: 'Anna Muster' }],
    address: { street: 'Bahnhofstrasse 1', postalCode: '8001', city: 'Zürich', country: 'Schweiz' },
    email: 'info@example.ch',
    vatId: 'CHE-123.456.789',
  };
  const british: Publisher = {
    name: 'Civic Letters Ltd',
    representatives: [{ role: 'CEO', name: 'Jane Doe' }],
    address: { street: '10 Downing St', postalCode: 'SW1A 2AA', city: 'London', country: 'United Kingdom' },
    email: 'hello@example.co.uk',
    vatId: 'GB 123 4567 89',
  };
  const austrian: Publisher = {
    name: 'Kommunal-IT Österreich GmbH',
    representatives: [{ role: 'Geschäftsführerin', name: 'Eva Beispiel' }],
    address: { street: 'Ringstraße 5', postalCode: '1010', city: 'Wien' },
    email: 'office@example.at',
    vatId: 'ATU12345678',
  };

  it.each([
    ['a Swiss', swiss, 'de'],
    ['a British', british, 'en'],
    ['an Austrian', austrian, 'de'],
  ] as const)('%s footer passes the component and the check', async (_name, publisher, lang) => {
    const { findings, html } = await renderAndCheck(
      <Newsletter lang={lang} title="Test" preview="Test preview">
        <LegalFooter publisher={publisher} unsubscribeUrl="https://example.org/u" />
      </Newsletter>,
      { level: 'soft' },
    );
    expect(findings.filter((f) => f.rule === 'impressum')).toEqual([]);
    expect(fold(load(html).text())).toContain(publisher.vatId!.replace(/\s+/g, ''));
  });

  it('the check still reports what the component would refuse', async () => {
    const html = (await renderEmail(
      <Newsletter title="Test" preview="Test preview">
        <LegalFooter publisher={swiss} unsubscribeUrl="https://example.org/u" />
      </Newsletter>,
    )).html;
    const findings = checkEmail(html.replace('CHE-123.456.789', 'CHE-123.456')).filter((f) => f.rule === 'impressum');
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('VAT ID "CHE-123.456" does not look valid')]);
  });

  it.each([
    [{ ...british, vatId: 'CHE-123.456' }, /prop "publisher\.vatId" must look like a VAT ID/],
    [{ ...british, representatives: [{ role: 'Boss', name: 'Jane Doe' }] }, /prop "publisher\.representatives\.0\.role" must name the role/],
    [{ ...british, address: { ...british.address, street: 'Downing Street' } }, /prop "publisher\.address\.street" must be a street and house number/],
    [{ ...british, address: { ...british.address, postalCode: 'London' } }, /prop "publisher\.address\.postalCode" must be a postal code/],
    [{ ...british, name: 'Civic Letters' }, /prop "publisher\.legalForm" must carry its legal form/],
  ])('the component refuses what the check would report: %#', async (publisher, message) => {
    await expect(renderBlock(<LegalFooter publisher={publisher} unsubscribeUrl="https://example.org/u" />)).rejects.toThrow(message);
  });
});
