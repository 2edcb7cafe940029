export { defaultTheme, createTheme, compactTheme } from './theme';
export type { Theme, Palette, ThemeOverrides } from './theme';
export { assertTheme, contrastProblems } from './validate';
export { outlookFallbacks, webFontProblems } from './webFonts';
export type { WebFonts, WebFontFace } from './webFonts';
