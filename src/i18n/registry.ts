import { compareDays, type CalendarDay } from '../base/values/date';
import type { LocaleDefinition } from './locale';
import { ar } from './locales/ar';
import { de } from './locales/de';
import { en } from './locales/en';

/** The locales that ship with the library. */
export const builtInLocales = { de, en, ar } as const;

/** A language code: a built-in one (`de`, `en`, `ar`) or one added with `registerLocale`. */
export type Locale = keyof typeof builtInLocales | (string & {});

const registry = new Map<string, LocaleDefinition>(Object.values(builtInLocales).map((l) => [l.code, l]));

/** Makes a locale available as `lang` to `Newsletter` and issue data; replaces one with the same code. */
export function registerLocale(locale: LocaleDefinition): LocaleDefinition {
  registry.set(locale.code, locale);
  return locale;
}

/** The codes issues may use as `lang`, built-in and registered. */
export function localeCodes(): string[] {
  return [...registry.keys()];
}

export function isLocale(code: unknown): code is Locale {
  return typeof code === 'string' && registry.has(code);
}

/** The definition behind a code (or the definition itself); throws on a code nobody registered. */
export function resolveLocale(locale: Locale | LocaleDefinition): LocaleDefinition {
  if (typeof locale !== 'string') return locale;
  const found = registry.get(locale);
  if (!found) throw new Error(`Unknown locale ${JSON.stringify(locale)}: use one of ${localeCodes().join(', ')} or registerLocale() first`);
  return found;
}

/** "8. Februar 2021" / "8 February 2021": the masthead's long date. */
export function formatLongDate(day: CalendarDay, locale: Locale | LocaleDefinition): string {
  return resolveLocale(locale).dates.long(day);
}

/** An event's date, or its range when it ends on a later day, in the locale's own wording. */
export function formatEventDate(start: CalendarDay, end: CalendarDay | undefined, locale: Locale | LocaleDefinition): string {
  const { dates } = resolveLocale(locale);
  return end === undefined || compareDays(end, start) === 0 ? dates.event(start) : dates.range(start, end);
}
