import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { Newsletter, Paragraph, renderEmail } from '../../src';

describe('dark-mode rules in the rendered email', () => {
  it('keeps a rule for every colour role an element has, and none for roles no element has', async () => {
    const { html } = await renderEmail(
      <Newsletter title="T" preview="P">
        <Paragraph>Text</Paragraph>
      </Newsletter>,
    );
    const $ = load(html);
    const css = $('style').text();
    const used = new Set($('[class]').toArray().flatMap((el) => ($(el).attr('class') ?? '').split(' ')));
    expect(used.has('fg-text')).toBe(true);
    for (const name of used) expect(css).toContain(`.${name}{`);
    expect(css).toContain('[data-ogsc] .fg-text{');
    // No element carries the logo halo or a placeholder background here.
    expect(css).not.toContain('.bg-logoHalo');
    expect(css).not.toContain('.bg-placeholder');
    expect(css).toMatch(/@media \(prefers-color-scheme:dark\)\{/);
  });
});
