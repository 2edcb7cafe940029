import { markup, mso, OWN_STYLE_TAG } from '../base/markup';
import { MSO_MARKER, msoComment } from '../layout/Mso';

/**
 * The HTML part is finished in two passes over the document (plus two short ones), each a single
 * regular expression whose alternatives do one job apiece: every pass over a whole email costs
 * about as much as the next, whatever it looks for, so the jobs are grouped by when they can run.
 *
 * First pass, serialization: React's markers out (`<!-- -->` between text runs, `<!--$-->`
 * around Suspense boundaries, `<!--html-->` and friends), attribute names in HTML's case
 * (`cellPadding` → `cellpadding`, which mail clients' sanitizers expect), void elements without
 * the JSX slash, boolean attributes without a value (`hidden`), our own `<style>` marker gone,
 * and the text hints (`data-nk-text`), which only the plain-text part reads. React escapes `<`
 * and `>` inside attribute values and `"` in text, so a `/>` always ends a tag and ` hidden=""`
 * is always an attribute.
 */
const REACT_MARKER = '<!--(?: |\\$|\\/\\$|html|head|body)-->';
const VOID_TAG = '<(meta|img|br|hr|link|col|area|base|input|source|wbr)\\b([^>]*?)\\/>';
const DOM_CASE = '\\s(c(?:ellPadding|ellSpacing|olSpan|harSet|rossOrigin)|rowSpan|bgColor|vAlign|httpEquiv|dateTime|tabIndex)=';
const EMPTY_HIDDEN = ' hidden=""';
const OWN_STYLE = OWN_STYLE_TAG;
const TEXT_HINT = `\\s${markup.text}="[^"]*"`;
const SERIALIZE = new RegExp([REACT_MARKER, VOID_TAG, DOM_CASE, EMPTY_HIDDEN, OWN_STYLE, TEXT_HINT].join('|'), 'g');
/** The same rules inside one tag's attributes. */
const ATTRIBUTE_RULES = new RegExp([DOM_CASE, EMPTY_HIDDEN, TEXT_HINT].join('|'), 'g');

function serializeAttributes(match: string, domName: string | undefined): string {
  if (domName !== undefined) return ` ${domName.toLowerCase()}=`;
  return match === EMPTY_HIDDEN ? ' hidden' : '';
}

export function htmlSerialization(html: string): string {
  return html.replace(SERIALIZE, (match, voidName: string | undefined, voidAttributes: string, domName: string | undefined) => {
    if (voidName !== undefined) return `<${voidName}${voidAttributes.replace(ATTRIBUTE_RULES, serializeAttributes)}>`;
    if (match === OWN_STYLE) return '<style>';
    return match.startsWith('<!--') ? '' : serializeAttributes(match, domName);
  });
}

/**
 * Second pass, layout of the markup: `class` attributes that no remaining `<style>` rule
 * selects are removed (after inlining they only cost bytes, and a class that GMX/WEB.DE, which
 * drop `<style>`, cannot use must not carry looks); every block-level tag starts a line of its
 * own, without indenting, so that the shipped HTML (and the snapshots that show it) reads in a
 * diff; and each `Mso` marker becomes its conditional comment, on one line. Only the
 * serializer's own tag boundaries are touched: text never contains a raw "<". The whitespace
 * this adds sits between block elements, where HTML ignores it, or between the inline-block
 * columns, whose parent sets `font-size: 0`.
 */
const BLOCK_TAG = `<(?=(?:table|tbody|tr|td|th|div|p|h[1-6]|head|body|meta|title|style|ul|ol|li|${mso.tag})\\b)`;
const CLASS_ATTRIBUTE = '\\sclass="([^"]*)"';
const LAYOUT = new RegExp([MSO_MARKER.source, CLASS_ATTRIBUTE, BLOCK_TAG].join('|'), 'g');

export function layOut(html: string): string {
  const css = Array.from(html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g), (m) => m[1]).join('\n');
  const used = new Set(Array.from(css.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g), (m) => m[1]));
  return html
    .replace(LAYOUT, (match, condition: string | undefined, body: string, classes: string | undefined) => {
      if (condition !== undefined) return '\n' + msoComment(condition, body);
      if (classes === undefined) return '\n<';
      const kept = classes.split(/\s+/).filter((c) => used.has(c));
      return kept.length ? ` class="${kept.join(' ')}"` : '';
    })
    .replace(/^\n/, '')
    .replace(/\n{2,}/g, '\n');
}

/**
 * Moves `<style>` blocks that ended up in `<body>` (juice leaves a user's media queries where
 * their `<style>` stood) into `<head>`: Gmail only reads `<style>` there.
 */
export function hoistStyles(html: string): string {
  const bodyAt = html.indexOf('<body');
  if (bodyAt < 0 || html.indexOf('<style', bodyAt) < 0) return html;
  const styles: string[] = [];
  const body = html.slice(bodyAt).replace(/<style[^>]*>[\s\S]*?<\/style>/g, (block) => {
    styles.push(block);
    return '';
  });
  return html.slice(0, bodyAt).replace('</head>', `${styles.join('')}</head>`) + body;
}

export function finishHtml(html: string): string {
  return layOut(hoistStyles(htmlSerialization(html))).concat('\n');
}
