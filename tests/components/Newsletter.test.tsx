import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { defaultTheme, Newsletter, Paragraph, renderEmail } from '../../src';

const render = (props: Partial<Parameters<typeof Newsletter>[0]> = {}) =>
  renderEmail(
    <Newsletter title="Vitako-Branchenticker Nr. 5" preview="Kurz gesagt." browserUrl="https://example.org/web" {...props}>
      <Paragraph>Inhalt.</Paragraph>
    </Newsletter>,
  );

describe('Newsletter', () => {
  it('sets lang/dir on <html> and on the wrapper in <body>, a title and the colour-scheme metas', async () => {
    const { html } = await render();
    const $ = load(html);
    expect($('html').attr('lang')).toBe('de');
    expect($('html').attr('dir')).toBe('ltr');
    const wrapper = $('body > div[role="article"]');
    expect(wrapper.attr('lang')).toBe('de');
    expect(wrapper.attr('dir')).toBe('ltr');
    expect($('title').text()).toBe('Vitako-Branchenticker Nr. 5');
    expect($('meta[name="color-scheme"]').attr('content')).toBe('light dark');
    expect($('meta[name="supported-color-schemes"]').attr('content')).toBe('light dark');
  });

  it('holds 600 px in Outlook with a conditional table, and sets the 96-DPI fix', async () => {
    const { html } = await render();
    expect(html).toContain('<!--[if mso]><table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->');
    expect(html).toContain('<!--[if mso]></td></tr></table><![endif]-->');
    expect(html).toContain('<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96</o:PixelsPerInch>');
    expect(html).not.toContain('nk-mso');
    const $ = load(html);
    expect($('table[style*="max-width:600px"]')).toHaveLength(1);
  });

  it('puts the preheader first in <body> and keeps it out of the text part', async () => {
    const { html, text } = await render({ preview: 'Vorschautext für das Postfach' });
    const $ = load(html);
    const first = $('body').children().first();
    expect(first.attr('style')).toContain('display:none');
    // Thunderbird's simple-HTML view drops the style but honours hidden.
    expect(first.is('[hidden]')).toBe(true);
    expect(first.text()).toContain('Vorschautext für das Postfach');
    expect(text).not.toContain('Vorschautext');
    expect(text).not.toMatch(/[\u200b-\u200f\u034f\ufeff\u00a0]/);
  });

  it('renders the localized view-in-browser line with a descriptive link', async () => {
    const de = load((await render()).html);
    const line = de('p:contains("Wird diese Nachricht")');
    expect(line.text()).toBe('Wird diese Nachricht nicht richtig dargestellt, klicken Sie bitte hier (Nachricht im Browser anzeigen).');
    expect(line.find('a').attr('href')).toBe('https://example.org/web');
    expect(line.find('a > span').attr('style')).toContain('font-size:0');
    const en = load((await render({ lang: 'en' })).html);
    expect(en('a[href="https://example.org/web"]').text()).toBe('View it in your browser');
    const none = load((await render({ browserUrl: undefined })).html);
    expect(none('p:contains("Wird diese Nachricht")')).toHaveLength(0);
  });

  it('keeps only dark-mode rules in <style>, generated from the dark palette', async () => {
    const { html } = await render();
    const $ = load(html);
    expect($('style')).toHaveLength(1);
    const css = $('style').text();
    expect(css).toContain(':root{color-scheme:light dark');
    expect(css).toContain('@media (prefers-color-scheme:dark)');
    expect(css).toContain('[data-ogsc] .fg-text{');
    expect(css).toContain('[data-ogsb] .bg-surface{');
    expect($('style').parent().is('head')).toBe(true);
  });

  it('leaves <body> without a class, which Roundcube puts in place of the class it scopes <style> to, and paints it dark by name', async () => {
    const { html } = await render();
    const $ = load(html);
    expect($('body').attr('class')).toBeUndefined();
    expect($('body > div[role="article"]').attr('class')).toBe('bg-page');
    const dark = /@media \(prefers-color-scheme:dark\)\{([^\n]*)\}/.exec($('style').text())?.[1];
    expect(dark).toContain(`body{background-color:${defaultTheme.darkColors.page}!important}`);
  });

  it('rejects a preheader over 150 characters instead of cutting it', async () => {
    await expect(render({ preview: 'x'.repeat(151) })).rejects.toThrow(/Newsletter: prop "preview" must be at most 150 characters/);
    await expect(render({ title: '  ' })).rejects.toThrow(/Newsletter: prop "title" must not be empty/);
    await expect(render({ lang: 'fr' as 'de' })).rejects.toThrow(/Newsletter: prop "lang" must be one of "de", "en", "ar"/);
  });
});
