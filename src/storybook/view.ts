/**
 * How a reader's client changes the email we send: each view imitates something a real client
 * or reader does, and none of them changes what `renderEmail` produces. The Storybook decorator
 * and `newsletter-kit dev` show an email through them.
 */
export interface EmailView {
  /** `dark`: the reader's client applies our `prefers-color-scheme: dark` rules. */
  scheme: 'light' | 'dark';
  /** `off`: the client blocks remote images (the default in many German webmails and Outlook). */
  images: 'on' | 'off';
  /** `off`: the client drops every `<style>` element, as GMX and WEB.DE do. */
  styles: 'on' | 'off';
}

export const defaultView: EmailView = { scheme: 'light', images: 'on', styles: 'on' };

const DARK_QUERY = /@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)/gi;
const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;
const HEAD_START = /<head\b[^>]*>/i;

/**
 * A preview cannot emulate `prefers-color-scheme` for a single iframe, so the dark rules are
 * made unconditional instead: `@media (prefers-color-scheme:dark)` becomes `@media all`. That
 * is what a client that honours the media query (Apple Mail, Outlook for Mac) shows in dark
 * mode. It does not imitate clients that invert colours on their own (the Gmail apps).
 */
export function simulateDarkMode(html: string): string {
  return html.replace(DARK_QUERY, '@media all');
}

/**
 * Blocks every image with a Content-Security-Policy `img-src 'none'`: the browser then draws
 * what a client with images off draws, the alt text in the image's box. A `<meta>` CSP only
 * counts inside `<head>`, so an email without one is an error rather than a silent no-op.
 */
export function blockImages(html: string): string {
  if (!HEAD_START.test(html)) throw new Error('blockImages: the email has no <head> to put the image-blocking policy in');
  return html.replace(HEAD_START, (head) => `${head}<meta http-equiv="Content-Security-Policy" content="img-src 'none'">`);
}

/** Removes every `<style>` element: the email as GMX and WEB.DE show it (inline styles only). */
export function stripStyles(html: string): string {
  return html.replace(STYLE_ELEMENT, '');
}

/** The email as a reader with these settings sees it. */
export function applyView(html: string, view: EmailView): string {
  let result = html;
  if (view.styles === 'off') result = stripStyles(result);
  if (view.scheme === 'dark') result = simulateDarkMode(result);
  if (view.images === 'off') result = blockImages(result);
  return result;
}
