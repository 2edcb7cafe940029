import { cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import type { RenderAndCheckOptions } from '../check/index';
import { defaultTheme, Issue, localeCodes, Newsletter, type Locale, type Theme } from '../index';
import { EmailPreview, type EmailWidth, type FindingsDisplay } from './EmailPreview';
import type { EmailView } from './view';

/**
 * The tag of stories that render a whole document (`Newsletter`, `Issue`, an issue component of
 * the app's own), which brings its own language. Any other story is one block or a few, and is
 * wrapped in a `Newsletter` with the toolbar's locale and theme. A tag rather than a parameter
 * because it reaches Storybook's index.json, where a test runner can read it; write it out as
 * `tags: ['email-document']`, since Storybook reads tags from the source without running it.
 */
export const emailDocumentTag = 'email-document';

/**
 * The toolbar's settings, as Storybook globals. Every name starts with `email` so that they do
 * not meet an app's own `theme` or `locale` globals (addon-themes, for one, uses `theme`).
 */
export interface EmailGlobals {
  /** The language of single blocks (a whole document brings its own). */
  emailLocale: Locale;
  /** A key of the `themes` option. */
  emailTheme: string;
  /** The width of the reading pane. */
  emailWidth: EmailWidth;
  emailScheme: EmailView['scheme'];
  emailImages: EmailView['images'];
  emailStyles: EmailView['styles'];
  /** Which part of the email is shown. */
  emailPart: 'html' | 'text';
  emailFindings: FindingsDisplay;
}

export interface EmailPreviewOptions {
  /**
   * The themes the toolbar offers, by name; the first is where it starts. `Issue` and
   * `Newsletter` stories without a `theme` arg, and single blocks, are shown in the chosen one.
   * @default { default: defaultTheme }
   */
  themes?: Readonly<Record<string, Theme>>;
  /** The languages the toolbar offers for single blocks. @default every registered locale, when `emailPreview` is called */
  locales?: readonly Locale[];
  /** What each email is rendered and checked with: `inlineCss` for blocks with a `<style>`, `check` options, a `dialect`. */
  render?: Omit<RenderAndCheckOptions, 'level'>;
  /** Changes the HTML before it is shown (not before it is checked): e.g. production image URLs to local files. */
  transformHtml?: (html: string) => string;
  /** Where the toolbar starts, instead of the first theme, German (or the first locale), 600 px, light, images and `<style>` on, HTML. */
  initialGlobals?: Partial<EmailGlobals>;
}

/** The part of Storybook's story context the decorator reads: what every Storybook renderer passes. */
export interface EmailStoryContext {
  id: string;
  title: string;
  name: string;
  tags: readonly string[];
  globals: Readonly<Record<string, unknown>>;
  viewMode?: string;
}

/** A Storybook decorator (`Decorator` of `@storybook/react`), typed without depending on Storybook. */
export type EmailDecorator = (Story: () => ReactNode, context: EmailStoryContext) => ReactElement;

interface ToolbarItem {
  value: string;
  title: string;
}
/** One of Storybook's `globalTypes`: a toolbar menu. */
export interface EmailGlobalType {
  description: string;
  toolbar: { title: string; icon: string; items: ToolbarItem[]; dynamicTitle: boolean };
}

const themesOf = (options: EmailPreviewOptions) => options.themes ?? { default: defaultTheme };

function initialGlobalsOf(options: EmailPreviewOptions): EmailGlobals {
  const themes = Object.keys(themesOf(options));
  const locales = options.locales ?? localeCodes();
  if (themes.length === 0) throw new Error('emailPreview: option "themes" is empty: name at least one, e.g. { themes: { default: defaultTheme } }');
  if (locales.length === 0) throw new Error('emailPreview: option "locales" is empty: name at least one, e.g. { locales: ["de", "en"] }');
  return {
    emailLocale: locales.includes('de') ? 'de' : locales[0]!,
    emailTheme: themes[0]!,
    emailWidth: '600px',
    emailScheme: 'light',
    emailImages: 'on',
    emailStyles: 'on',
    emailPart: 'html',
    emailFindings: 'summary',
    ...options.initialGlobals,
  };
}

const menu = (description: string, title: string, icon: string, items: ToolbarItem[]): EmailGlobalType => ({
  description,
  toolbar: { title, icon, items, dynamicTitle: true },
});

/** The toolbar menus, as Storybook's `globalTypes`. */
export function emailGlobalTypes(options: EmailPreviewOptions = {}): Record<keyof EmailGlobals, EmailGlobalType> {
  const locales = options.locales ?? localeCodes();
  return {
    emailLocale: menu('Language of single blocks (whole documents bring their own)', 'Locale', 'globe', locales.map((code) => ({ value: code, title: code }))),
    emailTheme: menu('Theme of single blocks, and of Issue and Newsletter stories without a theme of their own', 'Theme', 'paintbrush',
      Object.keys(themesOf(options)).map((name) => ({ value: name, title: name }))),
    emailWidth: menu('Width of the reading pane', 'Width', 'mobile', [
      { value: '320px', title: '320 px (phone)' },
      { value: '600px', title: '600 px (column)' },
      { value: 'full', title: 'Full width' },
    ]),
    emailScheme: menu('Colour scheme of the reader’s client', 'Scheme', 'contrast', [
      { value: 'light', title: 'Light' },
      { value: 'dark', title: 'Dark (prefers-color-scheme rules applied)' },
    ]),
    emailImages: menu('Remote images loaded or blocked', 'Images', 'photo', [
      { value: 'on', title: 'Images on' },
      { value: 'off', title: 'Images off (alt text)' },
    ]),
    emailStyles: menu('<style> kept or removed', 'Style', 'paragraph', [
      { value: 'on', title: '<style> kept' },
      { value: 'off', title: 'No <style> (GMX, WEB.DE)' },
    ]),
    emailPart: menu('Which part of the email to show', 'Part', 'document', [
      { value: 'html', title: 'HTML part' },
      { value: 'text', title: 'Plain-text part' },
    ]),
    emailFindings: menu('The email check’s findings', 'Findings', 'alert', [
      { value: 'summary', title: 'Findings: counts' },
      { value: 'list', title: 'Findings: every one' },
    ]),
  };
}

/**
 * A decorator that shows every story as the inbox gets it: rendered with `renderEmail` and
 * checked, in a sandboxed iframe as wide as the toolbar says, light or dark, with images and
 * `<style>` on or off, or as the plain-text part. A story of one block (or a few) is wrapped in
 * a `Newsletter`, which is how an app sends it; a story tagged `emailDocumentTag` is a whole
 * email already.
 */
export function emailDecorator(options: EmailPreviewOptions = {}): EmailDecorator {
  const themes = themesOf(options);
  const initial = initialGlobalsOf(options);
  return (Story, context) => {
    const globals = { ...initial, ...context.globals } as EmailGlobals;
    const theme = themes[globals.emailTheme];
    if (!theme) {
      throw new Error(`newsletter-kit/storybook: global "emailTheme" is ${JSON.stringify(globals.emailTheme)}, which is not one of the themes (${Object.keys(themes).join(', ')})`);
    }
    const document = context.tags.includes(emailDocumentTag);
    const story = Story();
    const name = `${context.title.split('/').pop()}: ${context.name}`;
    const email = document ? withTheme(story, theme) : (
      <Newsletter lang={globals.emailLocale} theme={theme} title={name} preview={name}>
        {story}
      </Newsletter>
    );
    if (!isValidElement(email)) {
      throw new Error(`newsletter-kit/storybook: the story "${name}" is tagged "${emailDocumentTag}" but renders no element`);
    }
    // In docs every story gets a fixed box; on its own a story gets the whole canvas.
    const height = context.viewMode === 'docs' ? (document ? '640px' : '420px') : 'calc(100vh - 80px)';
    return (
      <EmailPreview
        email={email}
        storyId={context.id}
        scope={document ? 'document' : 'component'}
        title={name}
        view={{ scheme: globals.emailScheme, images: globals.emailImages, styles: globals.emailStyles }}
        part={globals.emailPart}
        width={globals.emailWidth}
        height={height}
        findings={globals.emailFindings}
        render={options.render}
        transformHtml={options.transformHtml}
      />
    );
  };
}

/** An `Issue` or `Newsletter` story without a theme of its own takes the toolbar's. */
function withTheme(story: ReactNode, theme: Theme): ReactNode {
  if (!isValidElement<{ theme?: Theme }>(story) || (story.type !== Issue && story.type !== Newsletter)) return story;
  return story.props.theme === undefined ? cloneElement(story, { theme }) : story;
}

/** What `emailPreview` returns: spread it into the default export of `.storybook/preview.tsx`. */
export interface EmailPreviewAnnotations {
  decorators: EmailDecorator[];
  globalTypes: Record<keyof EmailGlobals, EmailGlobalType>;
  initialGlobals: EmailGlobals;
  parameters: { a11y: { options: { iframes: false } } };
}

/**
 * Everything `.storybook/preview.tsx` needs to show emails: the decorator, the toolbar menus and
 * where they start.
 *
 * ```tsx
 * import { emailPreview } from 'newsletter-kit/storybook';
 * export default { ...emailPreview({ themes: { brand: brandTheme } }) };
 * ```
 */
export function emailPreview(options: EmailPreviewOptions = {}): EmailPreviewAnnotations {
  return {
    decorators: [emailDecorator(options)],
    globalTypes: emailGlobalTypes(options),
    initialGlobals: initialGlobalsOf(options),
    parameters: {
      // The email sits in a sandboxed iframe that runs no scripts, so addon-a11y cannot reach
      // into it and would wait for it until it times out: its panel checks what surrounds it.
      a11y: { options: { iframes: false } },
    },
  };
}
