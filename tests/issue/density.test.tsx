import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { branchenticker05 } from '../../emails/fixtures/branchenticker-05';
import { checkEmail } from '../../src/check';
import { compactTheme, defaultTheme, Issue, renderEmail } from '../../src';

describe("Issue density: 'compact'", async () => {
  const regular = await renderEmail(<Issue data={branchenticker05} />);
  const compact = await renderEmail(<Issue data={{ ...branchenticker05, density: 'compact' }} />);

  it('leaves nothing out: the plain-text part has the same lines', () => {
    // Same lines; a thumbnail's photo credit comes before its headline (the thumbnail column comes first).
    const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '').sort();
    expect(lines(compact.text)).toEqual(lines(regular.text));
  });

  it('shows the first image across the column and the others as thumbnails', () => {
    const widths = load(compact.html)('img').toArray().map((img) => Number(img.attribs['width']));
    const inner = defaultTheme.widths.container - 2 * defaultTheme.widths.gutter;
    expect(widths[0]).toBe(inner);
    expect(widths.slice(1)).toHaveLength(10);
    expect(widths.slice(1).every((w) => w < compactTheme(defaultTheme).widths.thumbnail)).toBe(true);
    expect(load(regular.html)('img').toArray().every((img) => Number(img.attribs['width']) === inner)).toBe(true);
  });

  it('sets body text at the small size, never under 14 px', () => {
    const theme = compactTheme(defaultTheme);
    expect(theme.fontSizes.body).toBe(defaultTheme.fontSizes.small);
    expect(theme.fontSizes.body).toBeGreaterThanOrEqual(14);
    expect(compact.html).toContain(`font-size:${theme.fontSizes.body}px;line-height:${theme.lineHeights.body}px`);
    expect(checkEmail(compact.html).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('names the field for an unknown density', async () => {
    await expect(renderEmail(<Issue data={{ ...branchenticker05, density: 'dense' as 'compact' }} />)).rejects.toThrow(
      /Issue: prop "density" must be "regular" or "compact", got "dense"/,
    );
  });
});
