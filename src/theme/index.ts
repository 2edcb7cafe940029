export { defaultTheme, createTheme, compactTheme } from './theme';
export type { Theme, Palette, ThemeOverrides, TextRole } from './theme';
export { assertTheme, contrastProblems } from './validate';
export { themeSchema } from './schema';
export { paletteSchema, colorRoles } from './palette';
export type { ColorRole, BackgroundRole, BorderRole } from './palette';
export { outlookFallbacks, webFontProblems } from './webFonts';
export type { WebFonts, WebFontFace } from './webFonts';
