import { createContext, createElement, useContext, type Context, type ReactNode } from 'react';
import type { LinkTagger } from '../base/values/linkTags';
import type { Labels, LocaleDefinition } from '../i18n/locale';
import { builtInLocales, resolveLocale, type Locale } from '../i18n/registry';
import { defaultTheme, type Theme } from '../theme/theme';
import type { TextRole } from '../theme/schema';

/**
 * Every React context of the library is created, provided and read here, and nowhere else: the
 * newsletter's locale and theme, the enclosing layout cell, the render in progress, a block's
 * text hint and the link tagging in force. Components call the hooks and providers below; a later
 * change that renders where React has no context (React Server Components) replaces this one module.
 *
 * Each context object is kept on `globalThis` under a registered symbol: an app that loads the
 * package twice (its own `newsletter-kit` next to the copy inside the CLI, or the core entry next
 * to the check entry, which bundles the render path) still shares one context, so that a block
 * from one copy reads the `Newsletter` of the other.
 */
function shared<T>(name: string, initial: T): () => Context<T> {
  let context: Context<T> | undefined;
  return () => {
    if (context) return context;
    const key = Symbol.for(`newsletter-kit/context/${name}@1`);
    const store = globalThis as unknown as Record<symbol, Context<T> | undefined>;
    return (context = store[key] ??= createContext<T>(initial));
  };
}

/* The newsletter: locale and theme of the enclosing `Newsletter`. */

export interface NewsletterContextValue {
  lang: Locale;
  /** All of the locale's wording: labels and date formats. */
  locale: LocaleDefinition;
  labels: Labels;
  theme: Theme;
}

const german = builtInLocales.de;
const outside: NewsletterContextValue = { lang: german.code, locale: german, labels: german.labels, theme: defaultTheme };
const newsletter = shared('newsletter', outside);

/** Locale, labels and theme of the enclosing `Newsletter` (German and the default theme outside one). */
export function useNewsletter(): NewsletterContextValue {
  return useContext(newsletter());
}

export function contextFor(lang: Locale, theme: Theme): NewsletterContextValue {
  const locale = resolveLocale(lang);
  return { lang: locale.code, locale, labels: locale.labels, theme };
}

export function NewsletterScope({ value, children }: { value: NewsletterContextValue; children: ReactNode }) {
  return createElement(newsletter().Provider, { value }, children);
}

/* The layout cell a piece of a block sits in. */

export interface Cell {
  /** Inside `Rows`: a block is a row of that table rather than a table of its own. */
  rows: boolean;
  /** The text role whose font and size the enclosing block cell declares, if any. */
  text: TextRole | null;
}

const cell = shared<Cell>('cell', { rows: false, text: null });

export function useCell(): Cell {
  return useContext(cell());
}

export function CellScope({ value, children }: { value: Cell; children: ReactNode }) {
  return createElement(cell().Provider, { value }, children);
}

/* The render in progress: what `renderEmail` learns while React renders. */

/**
 * One render's record of the colour-role classes painted (`bg-surface`, `fg-text`, …) and the
 * theme of its `Newsletter`: the dark-mode rules are written for exactly these roles once the
 * render is done (as MJML's `colorSchemeDarkMode` collects while rendering).
 */
export interface RenderRecord {
  readonly roles: Set<string>;
  theme: Theme | undefined;
}

const render = shared<RenderRecord | undefined>('render', undefined);

/** The render in progress, when `renderEmail` runs it; `undefined` for a tree rendered some other way. */
export function useRenderRecord(): RenderRecord | undefined {
  return useContext(render());
}

export function RenderScope({ record, children }: { record: RenderRecord; children: ReactNode }) {
  return createElement(render().Provider, { value: record }, children);
}

/* A block's text hint: how the whole block reads in the plain-text part. */

/** Taken by the first layout row the block renders, so that the hint is written once. */
export interface TextHint {
  text: string | undefined;
}

const hint = shared<TextHint | undefined>('text-hint', undefined);

export function useTextHint(): TextHint | undefined {
  return useContext(hint());
}

export function TextHintScope({ value, children }: { value: TextHint | undefined; children: ReactNode }) {
  return createElement(hint().Provider, { value }, children);
}

/* Link tagging: what a block does to the links it writes (campaign parameters, or nothing). */

/** The identity: links as written, where no tagging is set or a block is left untagged. */
const asWritten: LinkTagger = (href) => href;
const links = shared<LinkTagger>('link-tags', asWritten);

/**
 * The link as the render writes it, in the HTML and the plain-text part alike: every block that
 * writes an `href` (or a URL into its text reading) passes it through this function.
 */
export function useLink(): LinkTagger {
  return useContext(links());
}

/** Links inside are tagged by `tagger`; `undefined` leaves them as written (a block's `linkTags: false`, the unsubscribe link). */
export function LinkTagsScope({ tagger, children }: { tagger: LinkTagger | undefined; children: ReactNode }) {
  return createElement(links().Provider, { value: tagger ?? asWritten }, children);
}
