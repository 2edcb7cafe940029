import { describe, expect, it } from 'vitest';
import { Newsletter, renderEmail, Sponsored } from '../../src';
import { checkEmail } from '../../src/check';
import { mutate } from './helpers';

const P1 = '<p style="margin:0 0 16px;font-size:16px;line-height:24px">Liebe Leserinnen und Leser, hier sind die Neuigkeiten dieser Woche.</p>';

describe('sponsored-label', () => {
  it('names both faults of a small, pale label', () => {
    const html = mutate([P1, `<div data-nk-section="sponsored"><p class="nk-text" style="margin:0;font-size:12px;line-height:16px;color:#b0b0b0">Anzeige</p>${P1}</div>`]);
    const messages = checkEmail(html).filter((f) => f.rule === 'sponsored-label').map((f) => f.message);
    expect(messages).toEqual([
      'the label "Anzeige" is 12 px, smaller than the text it labels (16 px): set it at least as large',
      expect.stringMatching(/^the label "Anzeige" has a contrast of 2\.\d+:1, too pale/),
    ]);
  });

  it.each(['de', 'en'] as const)('passes the Sponsored block (%s), whose label the locale words', async (lang) => {
    const { html, text } = await renderEmail(
      <Newsletter lang={lang} title="T" preview="P">
        <Sponsored sponsor="ITDZ Berlin" title="Sichere Cloud" href="https://example.org/cloud">
          Text der Anzeige.
        </Sponsored>
      </Newsletter>,
    );
    expect(checkEmail(html).filter((f) => f.rule === 'sponsored-label')).toEqual([]);
    expect(text).toContain(lang === 'de' ? 'Anzeige – ITDZ Berlin' : 'Advertisement – ITDZ Berlin');
  });
});
