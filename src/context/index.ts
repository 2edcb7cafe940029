import * as React from 'react';
import { createElement, type Context, type ReactNode } from 'react';
import { sharedAcrossCopies } from '../base/shared';
import type { LinkTagger } from '../base/values/linkTags';
import type { Direction, Labels, LocaleDefinition } from '../i18n/locale';
import { builtInLocales, resolveLocale, type Locale } from '../i18n/registry';
import { defaultTheme, type Theme } from '../theme/theme';
import type { TextRole } from '../theme/schema';

/**
 * Every React context of the library is created, provided and read here, and nowhere else: the
 * newsletter's locale and theme, the enclosing layout cell, the render in progress, a block's
 * text hint and the link tagging in force. Components call the hooks and providers below.
 *
 * Each context object is kept on `globalThis` under a registered symbol: an app that loads the
 * package twice (its own `newsletter-kit` next to the copy inside the CLI, or the core entry next
 * to the check entry, which bundles the render path) still shares one context, so that a block
 * from one copy reads the `Newsletter` of the other.
 *
 * React Server Components (Next.js route handlers, Server Components and server actions) import
 * React's server build, which has neither `createContext` nor working hooks; the HTML renderer
 * that `renderEmail` runs there brings a React of its own and provides contexts by their object.
 * So there the context object is built here, in the shape React 19's `createContext` returns
 * (server components exist only from React 19), and read from that object: React's renderers
 * keep the value of the innermost provider in `_currentValue` (the streaming renderer) or
 * `_currentValue2` (`renderToString`, a "secondary" renderer), and both names lead to one value
 * here. Looked up with `Reflect.get`, so that bundlers that check named imports at build time
 * (webpack for Next's Edge runtime) have none to refuse. docs/nextjs.md has the measurements.
 */
const reactCreateContext = Reflect.get(React, 'createContext') as typeof React.createContext | undefined;
const reactUseContext = Reflect.get(React, 'useContext') as typeof React.useContext | undefined;
const serverBuild = typeof reactCreateContext !== 'function' || typeof reactUseContext !== 'function';

function createServerContext<T>(initial: T): Context<T> {
  let value = initial;
  const current = { get: () => value, set: (next: T) => void (value = next), enumerable: true };
  const context: Record<string, unknown> = { $$typeof: Symbol.for('react.context'), _threadCount: 0, _currentRenderer: null, _currentRenderer2: null };
  Object.defineProperties(context, { _currentValue: current, _currentValue2: current });
  context.Provider = context;
  context.Consumer = { $$typeof: Symbol.for('react.consumer'), _context: context };
  return context as unknown as Context<T>;
}

function read<T>(context: Context<T>): T {
  return serverBuild ? (context as unknown as { _currentValue: T })._currentValue : reactUseContext!(context);
}

function shared<T>(name: string, initial: T): () => Context<T> {
  let context: Context<T> | undefined;
  return () => {
    if (context) return context;
    // One object per kind of React: in a Next.js server, route handlers (the server build) and
    // client components (the full React) each keep their own.
    return (context = sharedAcrossCopies(`context/${name}@1${serverBuild ? '/react-server' : ''}`, () => (serverBuild ? createServerContext(initial) : reactCreateContext!<T>(initial))));
  };
}

/* The newsletter: locale and theme of the enclosing `Newsletter`. */

export interface NewsletterContextValue {
  lang: Locale;
  /** All of the locale's wording: labels and date formats. */
  locale: LocaleDefinition;
  labels: Labels;
  /** The locale's writing direction: `rtl` mirrors the layout. */
  dir: Direction;
  theme: Theme;
}

const german = builtInLocales.de;
const outside: NewsletterContextValue = { lang: german.code, locale: german, labels: german.labels, dir: 'ltr', theme: defaultTheme };
const newsletter = shared('newsletter', outside);

/** Locale, labels and theme of the enclosing `Newsletter` (German and the default theme outside one). */
export function useNewsletter(): NewsletterContextValue {
  return read(newsletter());
}

export function contextFor(lang: Locale, theme: Theme): NewsletterContextValue {
  const locale = resolveLocale(lang);
  return { lang: locale.code, locale, labels: locale.labels, dir: locale.dir ?? 'ltr', theme };
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
  return read(cell());
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
  return read(render());
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
  return read(hint());
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
  return read(links());
}

/** Links inside are tagged by `tagger`; `undefined` leaves them as written (a block's `linkTags: false`, the unsubscribe link). */
export function LinkTagsScope({ tagger, children }: { tagger: LinkTagger | undefined; children: ReactNode }) {
  return createElement(links().Provider, { value: tagger ?? asWritten }, children);
}
