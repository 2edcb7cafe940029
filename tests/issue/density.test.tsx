import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { branchenticker05 } from '../../emails/fixtures/branchenticker-05';
import { renderAndCheck } from '../../src/check';
import { compactTheme, defaultTheme, Issue, renderEmail } from '../../src';
import { fold } from '../support/render';

describe("Issue density: 'compact'", async () => {
  const compactData = { ...branchenticker05, density: 'compact' as const };
  const regular = await renderEmail(<Issue data={branchenticker05} />);
  const compact = await renderEmail(<Issue data={compactData} />);
  const theme = compactTheme(defaultTheme);

  it('matches the reviewed HTML snapshot', async () => {
    await expect(compact.html).toMatchFileSnapshot('../snapshots/branchenticker-05-compact.html');
  });

  it('leaves nothing out: the plain-text part is the regular one, line for line', () => {
    expect(compact.text).toBe(regular.text);
  });

  it('keeps every headline, image with its alt text, link and footer line of the regular layout', () => {
    const [r, c] = [load(regular.html), load(compact.html)];
    const all = ($: typeof r, selector: string, read: (el: ReturnType<typeof r>) => string) =>
      $(selector).toArray().map((el) => read($(el)));
    expect(all(c, 'h1, h2', (el) => fold(el.text()))).toEqual(all(r, 'h1, h2', (el) => fold(el.text())));
    expect(all(c, 'img', (el) => `${el.attr('src')} ${el.attr('alt')}`)).toEqual(all(r, 'img', (el) => `${el.attr('src')} ${el.attr('alt')}`));
    expect(all(c, 'a', (el) => `${el.attr('href')} ${fold(el.text())}`)).toEqual(all(r, 'a', (el) => `${el.attr('href')} ${fold(el.text())}`));
    expect(fold(c('[data-nk-section="footer"]').text())).toBe(fold(r('[data-nk-section="footer"]').text()));
    expect(c('h2')).toHaveLength(branchenticker05.news.length + 1);
  });

  it('sets every news image as a thumbnail beside its headline, the teaser below at full width', () => {
    const $ = load(compact.html);
    const images = $('img').toArray();
    expect(images).toHaveLength(branchenticker05.news.length);
    for (const img of images) {
      expect(Number(img.attribs['width'])).toBe(theme.widths.thumbnail);
      const row = $(img).closest('tr');
      expect(row.find('h2')).toHaveLength(1);
      expect(row.find('p').toArray().every((p) => /^Foto: /.test($(p).text()))).toBe(true);
    }
    // Every "Mehr…" link closes its item's last paragraph.
    const more = $('a').filter((_, a) => $(a).text().startsWith('Mehr…'));
    expect(more).toHaveLength(branchenticker05.news.filter((item) => item.href).length);
    more.each((_, a) => expect(fold($(a).closest('p').text()).length).toBeGreaterThan(fold($(a).text()).length));
  });

  it('sets body text at 14 px or more, with lines at least 1.35 times its size', () => {
    expect(theme.fontSizes.body).toBeGreaterThanOrEqual(14);
    expect(theme.lineHeights.body / theme.fontSizes.body).toBeGreaterThanOrEqual(1.35);
    expect(theme.lineHeights.footer / theme.fontSizes.footer).toBeGreaterThanOrEqual(1.35);
    expect(compact.html).toContain(`font-size:${theme.fontSizes.body}px;line-height:${theme.lineHeights.body}px`);
  });

  it('passes the strict email check with no findings', async () => {
    const checked = await renderAndCheck(<Issue data={compactData} />, { level: 'strict' });
    expect(checked.findings).toEqual([]);
  });

  it('names the field for an unknown density', async () => {
    await expect(renderEmail(<Issue data={{ ...branchenticker05, density: 'dense' as 'compact' }} />)).rejects.toThrow(
      /Issue: prop "density" must be "regular" or "compact", got "dense"/,
    );
  });
});
