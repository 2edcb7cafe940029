export { defaultTheme, createTheme, compactTheme } from './theme';
export type { Theme, Palette, ThemeOverrides } from './theme';
