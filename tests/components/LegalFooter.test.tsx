import { describe, expect, it } from 'vitest';
import { LegalFooter, type Publisher } from '../../src';
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
    $('[data-nk-section="footer"] p').each((_, p) => {
      expect($(p).attr('style')).toContain('font-size:12px');
    });
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
