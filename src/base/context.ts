import { createContext, useContext } from 'react';
import type { Labels, LocaleDefinition } from '../i18n/locale';
import { builtInLocales, resolveLocale, type Locale } from '../i18n/registry';
import { defaultTheme, type Theme } from '../theme/theme';

export interface NewsletterContextValue {
  lang: Locale;
  /** All of the locale's wording: labels and date formats. */
  locale: LocaleDefinition;
  labels: Labels;
  theme: Theme;
}

const german = builtInLocales.de;
const NewsletterContext = createContext<NewsletterContextValue>({ lang: german.code, locale: german, labels: german.labels, theme: defaultTheme });

export const NewsletterProvider = NewsletterContext.Provider;

/** Locale, labels and theme of the enclosing `Newsletter` (German and the default theme outside one). */
export function useNewsletter(): NewsletterContextValue {
  return useContext(NewsletterContext);
}

export function contextFor(lang: Locale, theme: Theme): NewsletterContextValue {
  const locale = resolveLocale(lang);
  return { lang: locale.code, locale, labels: locale.labels, theme };
}
