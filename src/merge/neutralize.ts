import { markup } from '../base/markup';

/**
 * Text that authors type must not turn into a mail service's template code: `{{7*7}}` in a
 * headline would be evaluated by Liquid/Handlebars services (Keila refuses to send a mail whose
 * Liquid fails), `*|FNAME|*` by Mailchimp, `[[…]]` by Mailjet, `{…}` by CleverReach and Mautic,
 * `<%…%>` by SendGrid. Every delimiter of those dialects begins with `{`, `[` or `<`, or holds a
 * `|`, so an invisible WORD JOINER (U+2060) after each `{`, `[`, `<` and before each `|` breaks
 * them all while the reader sees the same text. The rule looks at one character at a time, so
 * neutralising two strings and joining them equals neutralising the joined string: a value that
 * `personalize` fills in next to authored text gets the same treatment as in a full render.
 */
const WJ = '\u2060';

/** Neutralises raw text (a value before HTML escaping). */
export function neutralizeText(text: string): string {
  return text.replace(/[{[<|]/g, (c) => (c === '|' ? WJ + c : c + WJ));
}

/** Attributes whose value is prose that reaches a reader (or the plain-text part). */
const PROSE_ATTRIBUTES = new Set(['alt', 'title', 'aria-label', 'aria-description', 'aria-roledescription', markup.text]);

/**
 * Comments and `<style>`/`<script>` blocks (skipped whole), or one delimiter character. Scanning
 * for the rare delimiters, instead of visiting every tag, keeps this pass cheap. Hand-written
 * because a parse and re-serialise would change bytes elsewhere; React's output is regular:
 * attribute values are double-quoted with `"`, `<` and `>` escaped, and text never holds a raw `<`.
 */
const CANDIDATES = /<!--[\s\S]*?-->|<(style|script)\b[^>]*>[\s\S]*?<\/\1>|[{[|]|&lt;/g;

/** Whether a delimiter at `at` is prose: in text, or in a prose attribute's value (not a link's own URL). */
function isProse(html: string, at: number): boolean {
  const tagStart = html.lastIndexOf('<', at);
  if (tagStart <= html.lastIndexOf('>', at)) return true;
  const attribute = /\s([\w:-]+)="([^"]*)$/.exec(html.slice(tagStart, at));
  if (!attribute || !PROSE_ATTRIBUTES.has(attribute[1]!)) return false;
  if (attribute[1] !== markup.text) return true;
  // A text-part hint that ends in the link's own URL ("Abmelden: {{url}}") keeps the URL as the href has it.
  const valueStart = at - attribute[2]!.length;
  const value = html.slice(valueStart, html.indexOf('"', at));
  const href = /\shref="([^"]*)"/.exec(html.slice(tagStart, html.indexOf('>', at)))?.[1];
  return !(href && value.endsWith(href) && at >= valueStart + value.length - href.length);
}

/** Neutralises every text node and prose attribute of rendered HTML; URLs and CSS stay untouched. */
export function neutralizeDelimiters(html: string): string {
  return html.replace(CANDIDATES, (match: string, block: string | undefined, at: number) => {
    if (block !== undefined || match.length > 4 || match.startsWith('<!--') || !isProse(html, at)) return match;
    return match === '|' ? WJ + match : match + WJ;
  });
}
