export { defaultTheme, createTheme, compactTheme } from './theme';
export type { Theme, Palette, ThemeOverrides } from './theme';
export { assertTheme, contrastProblems } from './validate';
