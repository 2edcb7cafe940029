import { render } from '@react-email/render';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';

/** The doctype `@react-email/render` writes, which mail clients expect of an email. */
const DOCTYPE = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

/** React's marks for a Suspense boundary that rendered its fallback (`$!`) or is still pending (`$?`). */
const FALLBACK_BOUNDARY = '<!--$!-->';
const PENDING_BOUNDARY = '<!--$?-->';

/** React's image preload hints: mail clients ignore them (`@react-email/render` strips them too). */
const IMAGE_PRELOAD = /<link rel="preload"(?: [\w-]+="[^"]*")*? as="image"[^>]*\/>/g;

/**
 * The element as an HTML document, the same markup `@react-email/render` gives. A tree that
 * renders synchronously (every block of this library does) is rendered in one pass to a string:
 * `render` streams through web streams and costs about three times as much. A tree that suspends
 * (an async block of an app) or throws goes to `render`, which waits for its data and reports
 * errors as it always has. No Suspense boundary around the root: React then leaves the `<style>`
 * in `<head>` out of the string. `beforeRetry` runs before such a second render, to forget what
 * the first one recorded.
 */
export async function toMarkup(element: ReactElement, beforeRetry: () => void = () => {}): Promise<string> {
  let html: string;
  try {
    html = renderToString(element);
  } catch {
    beforeRetry();
    return render(element);
  }
  if (html.includes(FALLBACK_BOUNDARY) || html.includes(PENDING_BOUNDARY)) {
    beforeRetry();
    return render(element);
  }
  // React writes its preload hints into <head>; the body is left as it is.
  const bodyAt = html.indexOf('<body');
  return bodyAt < 0 ? DOCTYPE + html.replace(IMAGE_PRELOAD, '') : DOCTYPE + html.slice(0, bodyAt).replace(IMAGE_PRELOAD, '') + html.slice(bodyAt);
}
