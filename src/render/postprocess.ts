import { keepRulesFor } from '../layout/darkMode';
import { expandMsoMarkers } from '../layout/Mso';

/** Text hints are for the plain-text part only; the HTML part does not need to carry them. */
export function dropTextHints(html: string): string {
  return html.replace(/\sdata-nk-text="[^"]*"/g, '');
}

/**
 * Removes `class` attributes that no remaining `<style>` rule selects. After inlining they only
 * cost bytes, and a class that GMX/WEB.DE (which drop `<style>`) cannot use must not carry looks.
 */
export function dropUnusedClasses(html: string): string {
  const css = Array.from(html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g), (m) => m[1]).join('\n');
  const used = new Set(Array.from(css.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g), (m) => m[1]));
  return html.replace(/\sclass="([^"]*)"/g, (_, value: string) => {
    const kept = value.split(/\s+/).filter((c) => used.has(c));
    return kept.length ? ` class="${kept.join(' ')}"` : '';
  });
}

const BLOCK_TAGS = /<(?=(?:table|tbody|tr|td|th|div|p|h[1-6]|head|body|meta|title|style|ul|ol|li|nk-mso)\b)/g;

/**
 * Starts every block-level tag on its own line, without indenting, so that the shipped HTML
 * (and the snapshots that show it) reads in a diff. Only the serializer's own tag boundaries
 * are touched: text never contains a raw "<". The whitespace this adds sits between block
 * elements, where HTML ignores it, or between the inline-block columns, whose parent sets
 * `font-size: 0`.
 */
export function breakLines(html: string): string {
  return html.replace(BLOCK_TAGS, '\n<').replace(/^\n/, '').replace(/\n{2,}/g, '\n');
}

/**
 * React's serializer markers: `<!-- -->` between adjacent text runs, `<!--$-->` around
 * Suspense boundaries, `<!--html-->` and friends. They mean nothing to a mail client.
 */
export function dropReactMarkers(html: string): string {
  return html.replace(/<!--(?: |\$|\/\$|html|head|body)-->/g, '');
}

/**
 * Moves `<style>` blocks that ended up in `<body>` (juice leaves a user's media queries where
 * their `<style>` stood) into `<head>`: Gmail only reads `<style>` there.
 */
export function hoistStyles(html: string): string {
  const bodyAt = html.indexOf('<body');
  if (bodyAt < 0) return html;
  const styles: string[] = [];
  const body = html.slice(bodyAt).replace(/<style[^>]*>[\s\S]*?<\/style>/g, (block) => {
    styles.push(block);
    return '';
  });
  if (!styles.length) return html;
  return html.slice(0, bodyAt).replace('</head>', `${styles.join('')}</head>`) + body;
}

/** Drops the dark-mode rules (`<style data-embed>`, which `Newsletter` writes) for colour roles no element has. */
export function dropUnusedRoleRules(html: string): string {
  const used = new Set<string>();
  for (const [, value] of html.matchAll(/\sclass="([^"]*)"/g)) for (const name of value!.split(' ')) used.add(name);
  return html.replace(/(<style data-embed="">)([^<]*)/, (_, open: string, css: string) => open + keepRulesFor(css, used));
}

/** React writes some attribute names in DOM case (`cellPadding`); mail clients' sanitizers expect HTML's. */
const DOM_CASE_ATTRIBUTES = /\s(c(?:ellPadding|ellSpacing|olSpan|harSet|rossOrigin)|rowSpan|bgColor|vAlign|httpEquiv|dateTime|tabIndex)=/g;
const VOID_TAG_END = /<(meta|img|br|hr|link|col|area|base|input|source|wbr)\b([^>]*?)\/>/g;

/**
 * Serializes like an HTML document rather than JSX: attribute names in lower case, void elements
 * without a self-closing slash, boolean attributes without a value (`hidden`), and our own `<style>`
 * marker removed. React escapes `<` and `>` inside attribute values, so a `/>` always ends a tag,
 * and `"` in text, so ` hidden=""` is always an attribute.
 */
export function htmlSerialization(html: string): string {
  return html
    .replace(DOM_CASE_ATTRIBUTES, (_, name: string) => ` ${name.toLowerCase()}=`)
    .replace(VOID_TAG_END, '<$1$2>')
    .replace(/ hidden=""/g, ' hidden')
    .replace(/<style data-embed="">/g, '<style>');
}

export function finishHtml(html: string): string {
  // Lines break before the Outlook markers are expanded, so that each conditional stays on one line.
  return expandMsoMarkers(breakLines(dropUnusedClasses(hoistStyles(dropTextHints(htmlSerialization(dropUnusedRoleRules(dropReactMarkers(html)))))))).concat('\n');
}
