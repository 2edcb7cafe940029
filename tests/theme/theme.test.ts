import { describe, expect, it } from 'vitest';
import { compactTheme, createTheme, defaultTheme } from '../../src';

describe('createTheme', () => {
  it('merges overrides group by group and leaves the default untouched', () => {
    const theme = createTheme({ colors: { accent: '#123456' }, fontSizes: { body: 17 } });
    expect(theme.colors.accent).toBe('#123456');
    expect(theme.colors.text).toBe(defaultTheme.colors.text);
    expect(theme.fontSizes.body).toBe(17);
    expect(theme.fontSizes.h1).toBe(defaultTheme.fontSizes.h1);
    expect(defaultTheme.colors.accent).not.toBe('#123456');
  });
  it('names an unknown group or token instead of ignoring it', () => {
    expect(() => createTheme({ colours: {} } as never)).toThrow(/unknown theme group "colours"/);
    expect(() => createTheme({ colors: { accnet: '#fff' } } as never)).toThrow(/unknown token "colors.accnet"/);
    // Keys that name the prototype's members are unknown keys too, never a TypeError.
    expect(() => createTheme(JSON.parse('{"colors": {"__proto__": []}}'))).toThrow(/unknown token "colors.__proto__"/);
    expect(() => createTheme(JSON.parse('{"toString": 1}'))).toThrow(/unknown theme group "toString"/);
    expect(() => createTheme({ colors: { constructor: '#fff' } } as never)).toThrow(/unknown token "colors.constructor"/);
    expect(() => createTheme({ fontSizes: { body: '16px' } } as never)).toThrow(/"fontSizes.body" must be a finite number of px, got "16px"/);
  });
});

describe('createTheme validates every value', () => {
  it.each([
    ['colors', 'link', 'red;background:url(https://t.example/track.gif)', /prop "colors\.link" must be a CSS colour/],
    ['darkColors', 'text', 'red}body{display:none}', /prop "darkColors\.text" must be a CSS colour/],
    ['colors', 'text', 'expression(alert(1))', /prop "colors\.text" must be a CSS colour/],
    ['fontSizes', 'body', Number.NaN, /prop "fontSizes\.body" must be a finite number of px, got NaN/],
    ['space', 'md', Infinity, /prop "space\.md" must be a finite number of px, got Infinity/],
    ['widths', 'gutter', -24, /prop "widths\.gutter" must not be negative, got -24/],
    ['fonts', 'body', 'Arial;} body{display:none', /prop "fonts\.body" must be a font stack/],
  ] as const)('refuses %s.%s = %j', (group, token, value, message) => {
    expect(() => createTheme({ [group]: { [token]: value } } as never)).toThrow(message);
  });

  it('refuses text colours under WCAG AA on their background, naming the pair, in either palette', () => {
    expect(() => createTheme({ colors: { text: '#aaaaaa' } })).toThrow(
      /^createTheme: prop "colors\.text" \(#aaaaaa\) on colors\.surface \(#ffffff\) has a contrast of 2\.32:1 for body text; WCAG AA needs at least 4\.5:1/,
    );
    expect(() => createTheme({ darkColors: { link: '#2a333e' } })).toThrow(/prop "darkColors\.link" \(#2a333e\) on darkColors\.surface \(#1b222b\)/);
    expect(() => createTheme({ colors: { onAccent: '#6fa8dc' } })).toThrow(/prop "colors\.onAccent" .* on colors\.accent/);
    expect(() => createTheme({ colors: { footerText: '#c0c0c0' } })).toThrow(/prop "colors\.footerText" .* on colors\.footer/);
  });

  it('lets large headlines pass at 3:1 but not body text', () => {
    // #767676 on white is 4.54:1; #949494 is 3.03:1: enough for 28/20 px bold headlines only.
    const big = { fontSizes: { h1: 28, h2: 24, h3: 24 } };
    expect(() => createTheme({ ...big, colors: { heading: '#949494' } })).not.toThrow();
    expect(() => createTheme({ colors: { heading: '#949494' } })).toThrow(/colors\.heading/);
    expect(() => createTheme({ colors: { text: '#949494' } })).toThrow(/colors\.text/);
  });

  it('the default theme passes its own checks', () => {
    expect(() => createTheme()).not.toThrow();
  });

  it('Newsletter refuses a hand-built theme that bypasses createTheme', async () => {
    const { renderBlock } = await import('../support/render');
    const theme = { ...defaultTheme, colors: { ...defaultTheme.colors, link: 'red;background:url(https://t.example/x.gif)' } };
    await expect(renderBlock(null, { theme })).rejects.toThrow(/^Newsletter: prop "theme\.colors\.link" must be a CSS colour/);
  });
});

describe('compactTheme', () => {
  it('is denser in every size, never under the readable minimums, and keeps colours and fonts', () => {
    const base = createTheme({ fontSizes: { small: 15, footer: 13 }, space: { xs: 5 }, widths: { gutter: 12, thumbnail: 200 } });
    const compact = compactTheme(base);
    expect(compact.fontSizes.body).toBe(15);
    expect(compact.lineHeights.body).toBe(21);
    expect(compact.lineHeights.footer).toBe(18);
    expect(compact.lineHeights.body / compact.fontSizes.body).toBeGreaterThanOrEqual(1.35);
    expect(compact.space).toEqual({ xs: 5, sm: 6, md: 8, lg: 12, xl: 16 });
    // A gutter already narrower than space.md stays as it is; the thumbnail is four headline lines (4 × 20 px) wide.
    expect(compact.widths).toEqual({ container: 600, gutter: 12, thumbnail: 80 });
    expect(compact.colors).toEqual(base.colors);
    expect(compact.fonts).toEqual(base.fonts);
    expect(compactTheme(defaultTheme).widths.gutter).toBe(defaultTheme.space.md);
  });
});
