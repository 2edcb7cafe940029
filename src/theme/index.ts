export { defaultTheme, createTheme } from './theme';
export type { Theme, Palette, ThemeOverrides } from './theme';
