import { createTheme, defaultTheme, type Theme } from '../../src';

/**
 * The toolbar's second theme: a green palette, a serif headline font and square buttons. It is
 * built with `createTheme` like a user's own theme, so a colour or size that a component does not
 * take from the theme shows up as the one thing that does not change when switching.
 */
export const alternativeTheme: Theme = createTheme({
  colors: {
    page: '#f1f0ea',
    surface: '#ffffff',
    text: '#22261f',
    muted: '#4d5748',
    heading: '#1d4a2a',
    link: '#1e6637',
    accent: '#1e6637',
    onAccent: '#ffffff',
    border: '#d3d7cb',
    placeholder: '#e4e7dd',
    footer: '#ecefe5',
    footerText: '#363f32',
  },
  darkColors: {
    page: '#0f140f',
    surface: '#1a211b',
    text: '#e7ece4',
    muted: '#bac5b5',
    heading: '#a9e2b7',
    link: '#95d8a8',
    accent: '#95d8a8',
    onAccent: '#0f140f',
    border: '#36423a',
    placeholder: '#27322a',
    footer: '#141a15',
    footerText: '#c6d0c2',
  },
  fonts: { heading: "Georgia, 'Times New Roman', serif" },
  radii: { button: 0 },
});

export const themes = { default: defaultTheme, alternative: alternativeTheme } as const satisfies Record<string, Theme>;
export type ThemeName = keyof typeof themes;
