import { describeInput, NewsletterPropError, unknownKeysMessage } from '../base/values';
import type { Theme } from './schema';
import { assertTheme } from './validate';

export type { Theme, TextRole } from './schema';
export type { Palette } from './palette';

/**
 * Design tokens. Every colour, font stack, font size, line height, spacing and width that any
 * component uses comes from here; components never carry literal values.
 */

export const defaultTheme: Theme = {
  colors: {
    page: '#eef1f5',
    surface: '#ffffff',
    text: '#1f2933',
    muted: '#52606d',
    heading: '#0b3a66',
    link: '#0b5cad',
    accent: '#0b5cad',
    onAccent: '#ffffff',
    border: '#d9dee4',
    placeholder: '#e4e8ed',
    footer: '#f4f6f8',
    footerText: '#3e4c59',
    logoHalo: '#ffffff',
  },
  darkColors: {
    page: '#0f1419',
    surface: '#1b222b',
    text: '#e6eaee',
    muted: '#b6c0ca',
    heading: '#9fcbff',
    link: '#8cc2ff',
    accent: '#8cc2ff',
    onAccent: '#0f1419',
    border: '#3a4552',
    placeholder: '#2a333e',
    footer: '#151b22',
    footerText: '#c5ced7',
    logoHalo: '#ffffff',
  },
  fonts: {
    body: 'Arial, Helvetica, sans-serif',
    heading: 'Arial, Helvetica, sans-serif',
  },
  webFonts: {},
  fontSizes: { h1: 28, h2: 20, h3: 18, body: 16, small: 14, footer: 12 },
  lineHeights: { h1: 34, h2: 26, h3: 24, body: 24, small: 20, footer: 18 },
  fontWeights: { normal: 400, bold: 700 },
  space: { xs: 4, sm: 8, md: 16, lg: 24, xl: 32 },
  widths: { container: 600, gutter: 24, thumbnail: 180 },
  radii: { button: 4 },
};

/** Every field optional, at any depth: what `createTheme` accepts. */
export type ThemeOverrides = {
  [K in keyof Theme]?: Partial<Theme[K]>;
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/**
 * A theme built from the default with the given overrides merged in, group by group. Unknown
 * groups or tokens, values that are not colours, px lengths or font stacks, and text colours
 * under WCAG AA contrast on their background (light and dark palette) are a
 * `NewsletterPropError` naming the token.
 */
export function createTheme(overrides: ThemeOverrides = {}, base: Theme = defaultTheme): Theme {
  const fail = (prop: string, message: string): never => {
    throw new NewsletterPropError('createTheme', [{ prop, message }]);
  };
  if (!isPlainObject(overrides)) fail('', `overrides must be an object such as { colors: { link: '#0b5cad' } }, got ${describeInput(overrides)}`);
  assertTheme(base, 'createTheme (base theme)');
  const result = { ...base } as unknown as Record<string, Record<string, unknown>>;
  for (const [group, values] of Object.entries(overrides)) {
    // Own keys only: `toString` or `__proto__` must read as unknown, not as the object's prototype.
    const current = Object.hasOwn(result, group) ? result[group] : undefined;
    if (current === undefined) fail('', unknownKeysMessage([group], Object.keys(base)).replace('unknown key', 'unknown theme group'));
    if (values === undefined) continue;
    if (!isPlainObject(values)) {
      const example = group === 'webFonts' ? "{ Inter: [{ url: 'https://cdn.example.org/inter-400.woff2' }] }" : `{ ${Object.keys(current!)[0]}: ${JSON.stringify(Object.values(current!)[0])} }`;
      fail(group, `must be an object of tokens such as ${example}, got ${describeInput(values)}`);
    }
    // Web fonts are keyed by family name, not by a fixed set of tokens.
    for (const token of group === 'webFonts' ? [] : Object.keys(values)) {
      if (!Object.hasOwn(current!, token)) fail('', unknownKeysMessage([token], Object.keys(current!)).replace(/^unknown key "[^"]*"/, `unknown token "${group}.${token}"`));
    }
    result[group] = { ...current, ...values };
  }
  assertTheme(result, 'createTheme');
  return result as unknown as Theme;
}

/** Line height of compact text, as a multiple of its size: tighter than the default's 1.5, still easy to read. */
const COMPACT_LEADING = 1.35;
/** Line height of compact headlines, as a multiple of their size. */
const COMPACT_HEADING_LEADING = 1.25;
/** Compact spacing, as a share of the theme's own steps. */
const COMPACT_SPACE = 0.5;
/**
 * Compact thumbnail width, in headline lines: a 2:1 picture then stands as tall as a two-line
 * headline beside it, and leaves the headline most of a 320 px screen.
 */
const COMPACT_THUMBNAIL_LINES = 4;

/**
 * The same theme, denser, for long issues: body text at the small size (still ≥ 14 px) with
 * lines 1.35 times its size, news headlines at the body size, half the spacing, a gutter of at
 * most `space.md` and thumbnails as tall as a two-line headline. Colours and fonts stay the theme's own.
 */
export function compactTheme(theme: Theme): Theme {
  // `Issue` asks for it on every compact render; building and validating it took about 0.05 ms, 2 % of the render.
  let compact = compactThemes.get(theme);
  if (!compact) compactThemes.set(theme, (compact = buildCompactTheme(theme)));
  return compact;
}

/** Compact themes built so far, by their base (themes are not changed once built: `assertTheme` keeps the same assumption). */
const compactThemes = new WeakMap<Theme, Theme>();

function buildCompactTheme(theme: Theme): Theme {
  const { fontSizes: size, space } = theme;
  const leading = (px: number) => Math.ceil(px * COMPACT_LEADING);
  const tighter = (px: number) => Math.max(1, Math.round(px * COMPACT_SPACE));
  const headline = Math.ceil(size.body * COMPACT_HEADING_LEADING);
  return createTheme(
    {
      fontSizes: { body: size.small, h2: size.body },
      lineHeights: {
        body: leading(size.small),
        small: leading(size.small),
        footer: leading(size.footer),
        h2: headline,
      },
      space: { sm: Math.round(space.sm - space.xs / 2), md: tighter(space.md), lg: tighter(space.lg), xl: tighter(space.xl) },
      widths: { gutter: Math.min(theme.widths.gutter, space.md), thumbnail: Math.min(theme.widths.thumbnail, headline * COMPACT_THUMBNAIL_LINES) },
    },
    theme,
  );
}
