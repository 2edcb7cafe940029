import { describe, expect, it } from 'vitest';
import { InlineLink, NewsItem, Paragraph } from '../../src';
import { fold, renderBlock } from '../support/render';

const image = { src: 'https://example.org/a.jpg', alt: 'Impfzentrum Tegel', width: 1104, height: 552, credit: 'SenGPG/Nils Bornemann' };

describe('NewsItem', () => {
  it('shows source prefix, image with credit, body and a "Mehr…" link named after the headline', async () => {
    const { $, text } = await renderBlock(
      <NewsItem source="ITDZ" title="IT für die Impfzentren der Hauptstadt" image={image} href="https://example.org/itdz">
        Erster Absatz.
        {'Zweiter Absatz.'}
      </NewsItem>,
    );
    expect(fold($('h2').text())).toBe('ITDZ: IT für die Impfzentren der Hauptstadt');
    const img = $('img');
    expect(img.attr('width')).toBe('552');
    expect(img.attr('height')).toBe('276');
    expect(img.attr('alt')).toBe('Impfzentrum Tegel');
    expect($('p:contains("Foto: SenGPG/Nils Bornemann")')).toHaveLength(1);
    const more = $('a[href="https://example.org/itdz"]');
    // Sighted readers see "Mehr…"; screen readers hear the headline with it.
    expect(more.text()).toBe('Mehr… (ITDZ: IT für die Impfzentren der Hauptstadt)');
    expect(more.find('span').attr('style')).toMatch(/font-size:0;line-height:0;mso-hide:all/);
    expect(more.contents().first().text()).toBe('Mehr…');
    expect(text).toContain('Mehr: https://example.org/itdz');
    expect(text).toContain('Foto: SenGPG/Nils Bornemann');
    const headlineAt = text.indexOf('ITDZ: IT für');
    const bodyAt = text.indexOf('Erster Absatz.');
    expect(headlineAt, 'headline in the text part').toBeGreaterThanOrEqual(0);
    expect(bodyAt, 'first paragraph in the text part').toBeGreaterThanOrEqual(0);
    expect(headlineAt).toBeLessThan(bodyAt);
  });

  it('speaks English labels', async () => {
    const { $, text } = await renderBlock(
      <NewsItem title="Open budgets" image={image} href="https://example.org/b">
        Body.
      </NewsItem>,
      { lang: 'en' },
    );
    expect($('a[href="https://example.org/b"]').text()).toBe('Read more… (Open budgets)');
    expect(text).toContain('Photo: SenGPG/Nils Bornemann');
    expect(text).toContain('Read more: https://example.org/b');
  });

  it('renders without image, source or link', async () => {
    const { $, text } = await renderBlock(<NewsItem title="Nur Text">Ein Absatz.</NewsItem>);
    expect($('img')).toHaveLength(0);
    expect($('a')).toHaveLength(0);
    expect(fold($('h2').text())).toBe('Nur Text');
    expect(text).not.toContain('Mehr');
  });

  it('keeps inline links in the body, with their URLs in the text part', async () => {
    const { $, text } = await renderBlock(
      <NewsItem title="T">
        <Paragraph>
          Die Kritik ist <InlineLink href="https://example.org/kritik" context="Kritik lesen">hier</InlineLink> einzusehen.
        </Paragraph>
      </NewsItem>,
    );
    const link = $('a[href="https://example.org/kritik"]');
    expect(link.text()).toBe('hier (Kritik lesen)');
    expect(link.find('span[data-skip-in-text]').text()).toBe(' (Kritik lesen)');
    expect(link.closest('p').text()).toBe('Die Kritik ist hier (Kritik lesen) einzusehen.');
    expect(fold(text)).toContain('Die Kritik ist hier <https://example.org/kritik> einzusehen.');
  });

  it('with imagePosition "left" puts a thumbnail column beside the text that stacks without media queries', async () => {
    const { $, html } = await renderBlock(
      <NewsItem title="Links" image={{ ...image, width: 360, height: 360 }} imagePosition="left">
        Text.
      </NewsItem>,
    );
    const columns = $('div').filter((_, el) => ($(el).attr('style') ?? '').includes('display:inline-block'));
    expect(columns).toHaveLength(2);
    expect(columns.eq(0).attr('style')).toContain('max-width:180px');
    expect(columns.eq(1).attr('style')).toContain('max-width:372px');
    expect(columns.eq(0).find('img').attr('width')).toBe('164');
    // Outlook for Windows gets a fixed two-cell table instead.
    expect(html).toMatch(/<!--\[if mso\]><table[^>]*><tr><td width="180" valign="top"><!\[endif\]-->/);
    expect(html).toContain('<!--[if mso]></td><td width="372" valign="top"><![endif]-->');
    // The only media query in the document is the dark-mode one.
    expect(html.match(/@media[^{]*/g)).toEqual(['@media (prefers-color-scheme:dark)']);
  });

  it('with imagePosition "thumbnail" sets a small image beside the headline and credit, and the teaser below at full width', async () => {
    const { $, text } = await renderBlock(
      <NewsItem source="ITDZ" title="Impfzentren" image={image} imagePosition="thumbnail">
        Erster Absatz.
        {'Zweiter Absatz.'}
      </NewsItem>,
    );
    const row = $('img').closest('tr');
    const [thumbCell, headCell] = row.children('td').toArray().map((td) => $(td));
    expect(thumbCell!.attr('width')).toBe('180');
    expect($('img').attr('width')).toBe('180');
    expect($('img').attr('height')).toBe('90');
    expect($('img').attr('alt')).toBe('Impfzentrum Tegel');
    expect(fold(headCell!.find('h2').text())).toBe('ITDZ: Impfzentren');
    expect(headCell!.find('p').text()).toBe('Foto: SenGPG/Nils Bornemann');
    // A table (stays side by side at 320 px) rather than columns: no Outlook fallback, no stacking.
    expect(row.closest('table').attr('role')).toBe('presentation');
    expect($('div[style*="inline-block"]')).toHaveLength(0);
    // The teaser is outside the row, at the column's full width.
    const body = $('p').filter((_, p) => $(p).text().endsWith('Absatz.'));
    expect(body).toHaveLength(2);
    body.each((_, p) => expect($(p).closest('table').is(row.closest('table'))).toBe(false));
    // The headline cell writes the credit's font: Outlook does not let nested tables inherit it.
    expect(headCell!.attr('style')).toContain('font-family:');
    const order = ['ITDZ: Impfzentren', 'Foto: SenGPG/Nils Bornemann', 'Erster Absatz.', 'Zweiter Absatz.'].map((line) => text.indexOf(line));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('with spaceAbove "md" sits closer to the rule above it, in every image position', async () => {
    for (const imagePosition of ['top', 'left', 'thumbnail'] as const) {
      const padding = async (spaceAbove?: 'md' | 'lg') =>
        {
          const { $ } = await renderBlock(<NewsItem title="T" image={image} imagePosition={imagePosition} spaceAbove={spaceAbove}>x</NewsItem>);
          // The block's cell: the outermost one around the headline that carries the gutter.
          return $('h2').parents('td').filter((_, td) => /padding:/.test($(td).attr('style') ?? '')).last().css('padding');
        };
      expect(await padding(), imagePosition).toBe('24px 24px 0');
      expect(await padding('md'), imagePosition).toBe('16px 24px 0');
    }
    await expect(renderBlock(<NewsItem title="T" spaceAbove={'xl' as 'lg'}>x</NewsItem>)).rejects.toThrow(/NewsItem: prop "spaceAbove" must be "md" or "lg", got "xl"/);
  });

  it('with imagePosition "thumbnail" sets the headline without a margin of its own: the row\'s padding spaces it from the teaser', async () => {
    const { $ } = await renderBlock(
      <NewsItem title="Impfzentren" image={image} imagePosition="thumbnail">
        Text.
      </NewsItem>,
    );
    expect($('h2').css('margin')).toBe('0');
    expect($('img').closest('td').css('padding-bottom')).toBe('8px');
  });

  it('with imagePosition "thumbnail" never widens a small image', async () => {
    const { $ } = await renderBlock(
      <NewsItem title="Klein" image={{ ...image, width: 60, height: 30 }} imagePosition="thumbnail">
        Text.
      </NewsItem>,
    );
    expect($('img').attr('width')).toBe('60');
    expect($('img').closest('td').attr('width')).toBe('60');
  });

  it('with morePlacement "end" closes the last paragraph with the link, and the text part still reads "Mehr: …" on its own line', async () => {
    const item = (placement: 'line' | 'end') => (
      <NewsItem title="IT für die Impfzentren" href="https://example.org/itdz" morePlacement={placement}>
        Erster Absatz.
        {'Letzter Absatz.'}
      </NewsItem>
    );
    const [line, end] = await Promise.all([renderBlock(item('line')), renderBlock(item('end'))]);
    const link = end.$('a[href="https://example.org/itdz"]');
    expect(link.closest('p').text()).toBe('Letzter Absatz. Mehr… (IT für die Impfzentren)');
    expect(end.$('p')).toHaveLength(2);
    expect(line.$('p')).toHaveLength(3);
    expect(end.text).toBe(line.text);
    expect(end.text).toMatch(/\nLetzter Absatz\.\n\nMehr: https:\/\/example\.org\/itdz\n/);
    expect(end.html).not.toContain('data-nk-text');
  });

  it('with morePlacement "end" ends a Paragraph element too, but keeps the link on its own line after any other element', async () => {
    const { $: paragraph } = await renderBlock(
      <NewsItem title="T" href="https://example.org/p" morePlacement="end">
        <Paragraph>
          Mit <InlineLink href="https://example.org/l">Link</InlineLink>.
        </Paragraph>
      </NewsItem>,
    );
    expect(paragraph('a[href="https://example.org/p"]').closest('p').text()).toMatch(/^Mit Link\. Mehr…/);
    const { $, text } = await renderBlock(
      <NewsItem title="T" href="https://example.org/q" morePlacement="end">
        <p>Eigenes Element.</p>
      </NewsItem>,
    );
    const link = $('a[href="https://example.org/q"]');
    expect(link).toHaveLength(1);
    expect(link.closest('p').text()).toMatch(/^Mehr…/);
    expect(text).toContain('Mehr: https://example.org/q');
  });

  it('keeps the image box at the image\'s height and framed when the image is blocked', async () => {
    const { $ } = await renderBlock(<NewsItem title="T" image={image}>x</NewsItem>);
    const img = $('img');
    // Evolution draws a blocked image as a square icon scaled to the width; Thunderbird's dark reader drops backgrounds.
    expect(img.attr('height')).toBe('276');
    expect(img.attr('style')).toMatch(/max-height:276px/);
    expect(img.attr('style')).toMatch(/(^|;)border:1px solid #[0-9a-f]{6}/);
    expect(img.attr('class')?.split(' ')).toEqual(expect.arrayContaining(['bg-placeholder', 'bd-border']));
  });

  it('names the prop when an image has no alt text', async () => {
    const { alt: _alt, ...noAlt } = image;
    await expect(renderBlock(<NewsItem title="T" image={noAlt as typeof image}>x</NewsItem>)).rejects.toThrow(
      /NewsItem: prop "image\.alt" is required/,
    );
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi', '/relative/path', '#', 'www.example.org', 'ftp://example.org/x'])(
    'rejects href %j',
    async (href) => {
      await expect(renderBlock(<NewsItem title="T" href={href}>x</NewsItem>)).rejects.toThrow(
        /NewsItem: prop "href" must be an absolute https:, http:, mailto: or tel: URL/,
      );
    },
  );

  it('rejects a non-https image source and a bad imagePosition', async () => {
    await expect(renderBlock(<NewsItem title="T" image={{ ...image, src: 'img/a.jpg' }}>x</NewsItem>)).rejects.toThrow(/prop "image\.src" must be an absolute/);
    await expect(renderBlock(<NewsItem title="T" image={image} imagePosition={'right' as 'left'}>x</NewsItem>)).rejects.toThrow(
      /prop "imagePosition" must be one of "top", "start", "left", "thumbnail"/,
    );
  });
});
