import { describe, expect, it } from 'vitest';
import { branchenticker05 } from '../../emails/fixtures/branchenticker-05';
import { createTheme, Issue, renderEmail, type ThemeOverrides } from '../../src';
import { checkEmail, clientSupportAllowlist, ruleTable } from '../../src/check';
import { webFontClients } from '../../src/check/rules/web-font';

const inter = [
  { url: 'https://cdn.example.org/fonts/inter-400.woff2' },
  { url: 'https://cdn.example.org/fonts/inter-700.woff2', weight: 700 },
];
const fonts: ThemeOverrides = {
  fonts: { body: 'Inter, Arial, Helvetica, sans-serif', heading: "'Source Serif 4', Georgia, 'Times New Roman', serif" },
  webFonts: { Inter: inter, 'Source Serif 4': [{ url: 'https://cdn.example.org/fonts/source-serif?v=4', format: 'woff2', style: 'italic' }] },
};

describe('web fonts in the theme', () => {
  it('are declared by family, each face a file with its weight and style', () => {
    const theme = createTheme(fonts);
    expect(Object.keys(theme.webFonts!)).toEqual(['Inter', 'Source Serif 4']);
    const more = createTheme({ webFonts: { Lato: [{ url: 'https://cdn.example.org/lato.woff' }] }, fonts: { body: 'Lato, Inter, Arial, sans-serif' } }, theme);
    expect(Object.keys(more.webFonts!)).toEqual(['Inter', 'Source Serif 4', 'Lato']);
  });

  it.each([
    [{ ...fonts, fonts: { body: 'Inter', heading: 'Arial, sans-serif' } }, /prop "fonts\.body" \("Inter"\) names the web font "Inter" without a fallback .*e\.g\. "Inter, Arial, Helvetica, sans-serif"/],
    [{ ...fonts, fonts: { body: 'Inter, sans-serif', heading: 'Arial, sans-serif' } }, /prop "fonts\.body" .* without a fallback/],
    [{ ...fonts, fonts: { body: 'Inter, Arial', heading: 'Arial, sans-serif' } }, /prop "fonts\.body" .* without a fallback/],
    [{ webFonts: { Lato: [{ url: 'https://cdn.example.org/lato.woff2' }] } }, /prop "webFonts\.Lato" is declared but no stack in fonts names it/],
    [{ ...fonts, webFonts: { Inter: [{ url: 'http://cdn.example.org/inter.woff2' }] } }, /prop "webFonts\.Inter\.0\.url" must be an absolute https:\/\/ URL of a font file/],
    [{ ...fonts, webFonts: { Inter: [{ url: 'https://cdn.example.org/a").woff2' }] } }, /webFonts\.Inter\.0\.url" must be .* no quotes, parentheses or angle brackets/],
    [{ ...fonts, webFonts: { Inter: [{ url: 'https://cdn.example.org/</style><script>.woff2' }] } }, /webFonts\.Inter\.0\.url" must be/],
    [{ ...fonts, webFonts: { Inter: [{ url: 'https://cdn.example.org/inter' }] } }, /webFonts\.Inter\.0\.format" is required when the address does not end in \.woff2.*e\.g\. format: "woff2"/],
    [{ ...fonts, webFonts: { Inter: [{ url: 'https://cdn.example.org/inter.woff2', wieght: 700 }] } }, /webFonts\.Inter\.0" unknown key "wieght": a face is \{ url, format\?, weight\?, style\? \}/],
    [{ ...fonts, webFonts: { Inter: [] } }, /webFonts\.Inter" must list at least one font file/],
    [{ webFonts: { 'Inter;}body{': inter } }, /prop "webFonts\.Inter;\}body\{" is not a family name: a web font's family is a plain name/],
    [{ webFonts: [] }, /prop "webFonts" must be an object of tokens such as \{ Inter: \[\{ url:/],
  ] as const)('refuses %#, naming the field and what to write', (overrides, message) => {
    expect(() => createTheme(overrides as ThemeOverrides)).toThrow(message);
  });
});

describe('a web font in the email', async () => {
  const { html } = await renderEmail(<Issue data={branchenticker05} theme={createTheme(fonts)} />);

  it('is a <style> of @font-face rules alone, before the dark-mode rules, each naming its Outlook fallback', () => {
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(styles).toHaveLength(2);
    expect(styles[0]!.split('\n')).toEqual([
      '@font-face{font-family:"Inter";font-style:normal;font-weight:400;src:url("https://cdn.example.org/fonts/inter-400.woff2") format("woff2");mso-font-alt:"Arial";mso-generic-font-family:swiss}',
      '@font-face{font-family:"Inter";font-style:normal;font-weight:700;src:url("https://cdn.example.org/fonts/inter-700.woff2") format("woff2");mso-font-alt:"Arial";mso-generic-font-family:swiss}',
      '@font-face{font-family:"Source Serif 4";font-style:italic;font-weight:400;src:url("https://cdn.example.org/fonts/source-serif?v=4") format("woff2");mso-font-alt:"Georgia";mso-generic-font-family:roman}',
    ]);
    expect(styles[1]).toMatch(/^:root\{color-scheme:light dark/);
    expect(html).toContain('font-family:Inter, Arial, Helvetica, sans-serif');
  });

  it('passes the check; the email without one has no font <style> at all', async () => {
    expect(checkEmail(html).filter((f) => f.severity === 'error')).toEqual([]);
    const plain = (await renderEmail(<Issue data={branchenticker05} />)).html;
    expect(plain.match(/<style>/g)).toHaveLength(1);
    expect(plain).not.toContain('@font-face');
  });
});

describe('the web-font rule', () => {
  const head = (css: string, body = '<p style="font-family:Inter, Arial, sans-serif;color:#111">x</p>') =>
    `<!doctype html><html lang="en" dir="ltr"><head><title>t</title><style>${css}</style></head><body>${body}</body></html>`;
  const face = '@font-face{font-family:"Inter";src:url("https://cdn.example.org/inter.woff2") format("woff2");mso-font-alt:"Arial"}';
  const webFont = (html: string) => checkEmail(html).filter((f) => f.rule === 'web-font' || f.rule === 'style-url');

  it('accepts a font <style> of its own, which style-url lets pass', () => {
    expect(webFont(head(face))).toEqual([]);
  });

  it.each([
    [head(`${face}\n.x{color:red}`), /^style-url: url\(\) in <style>: Gmail drops the whole <style>\nweb-font: @font-face shares a <style> with other rules/],
    [head(face.replace(';mso-font-alt:"Arial"', '')), /names no mso-font-alt: Outlook for Windows shows its text in Times New Roman/],
    [head(face.replace('https:', 'http:')), /loads http:\/\/cdn\.example\.org\/inter\.woff2: use an https: URL/],
    [head(face, '<p style="font-family:Inter;color:#111">x</p>'), /font-family: Inter has no fallback after the web font Inter/],
    [head(face, '<p style="font-family:Arial, Inter, sans-serif;color:#111">x</p>'), /font-family: Arial, Inter, sans-serif has no fallback after the web font Inter/],
  ])('finds %#', (html, message) => {
    const found = webFont(html).map((f) => `${f.rule}: ${f.message}`).join('\n');
    expect(found).toMatch(message);
  });

  it('names the clients that load web fonts, from caniemail', () => {
    expect(webFontClients).toEqual(expect.arrayContaining(['apple-mail.macos', 'apple-mail.ios', 'thunderbird.macos']));
    expect(webFontClients).not.toEqual(expect.arrayContaining(['gmail.desktop-webmail']));
    expect(webFontClients.some((c) => /^(outlook\.(windows|outlook-com)|yahoo\.|gmail\.|gmx\.desktop|web-de\.desktop)/.test(c))).toBe(false);
    const rule = ruleTable.find((r) => r.id === 'web-font')!;
    expect(rule.clients).toMatch(/^Loaded by Apple Mail iOS, Apple Mail macOS, .*Thunderbird macOS.*; every other client shows the stack's fallback/);
    expect(clientSupportAllowlist.find((e) => e.title === '@font-face')?.only).toBe('style-element');
  });
});
