import { createContext, useContext } from 'react';
import { de, locales, type Labels, type Locale } from '../i18n/labels';
import { defaultTheme, type Theme } from '../theme/theme';

export interface NewsletterContextValue {
  lang: Locale;
  labels: Labels;
  theme: Theme;
}

const NewsletterContext = createContext<NewsletterContextValue>({ lang: 'de', labels: de, theme: defaultTheme });

export const NewsletterProvider = NewsletterContext.Provider;

/** Locale, labels and theme of the enclosing `Newsletter` (German and the default theme outside one). */
export function useNewsletter(): NewsletterContextValue {
  return useContext(NewsletterContext);
}

export function contextFor(lang: Locale, theme: Theme): NewsletterContextValue {
  return { lang, labels: locales[lang], theme };
}
