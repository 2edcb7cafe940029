import { describe, expect, it } from 'vitest';
import { defaultTheme } from '../../src';
import { paintWith as paint } from '../../src/layout/css';
import { colorRoles } from '../../src/theme/palette';
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

describe('dark-mode rules for the roles a render painted', () => {
  it('are written for those roles only, in the order of colorRoles', () => {
    const used = new Set(['fg-text', 'bg-surface', 'bd-border']);
    const only = darkModeCss(defaultTheme, used);
    expect(only).toContain(`.fg-text{color:${dark.text}!important}`);
    expect(only).toContain(`[data-ogsb] .bg-surface{background-color:${dark.surface}!important}[data-ogsb] .bd-border{`);
    expect(only).not.toContain('.fg-muted');
    expect(only).not.toContain('.bg-page');
    // The page behind the column is always swapped: <body> carries no class.
    expect(only).toContain(`body{background-color:${dark.page}!important}`);
  });

  it('without a record of the render, cover every role', () => {
    for (const role of colorRoles.fg) expect(css).toContain(`.fg-${role}{`);
  });
});
