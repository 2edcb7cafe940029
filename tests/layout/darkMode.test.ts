import { describe, expect, it } from 'vitest';
import { defaultTheme } from '../../src';
import { colorRoles, paint } from '../../src/layout/css';
import { darkModeCss } from '../../src/layout/darkMode';

const css = darkModeCss(defaultTheme);
const dark = defaultTheme.darkColors;

describe('dark-mode rules', () => {
  it.each(colorRoles.fg)('swap a text colour of %s, in prefers-color-scheme and in Outlook.com', (role) => {
    const tag = paint(defaultTheme, { fg: role }).className;
    const rule = `.${tag}{color:${dark[role]}!important}`;
    expect(css).toMatch(new RegExp(`@media \\(prefers-color-scheme:dark\\)\\{[^\\n]*${escape(rule)}`));
    expect(css).toContain(`[data-ogsc] ${rule}`);
  });

  it.each(colorRoles.bg)('swap a background of %s', (role) => {
    const tag = paint(defaultTheme, { bg: role }).className;
    expect(css).toContain(`[data-ogsb] .${tag}{background-color:${dark[role]}!important}`);
  });

  it.each(colorRoles.border)('swap a border of %s', (role) => {
    expect(paint(defaultTheme, { border: role }).className).toBe(`bd-${role}`);
    expect(css).toContain(`[data-ogsb] .bd-${role}{border-color:${dark[role]}!important}`);
  });

  it('cover the accent and border text colours that blocks may paint', () => {
    expect(colorRoles.fg).toEqual(expect.arrayContaining(['accent', 'border']));
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
