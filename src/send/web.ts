import { load, type CheerioAPI } from 'cheerio/slim';
import { attrSelector, markup } from '../base/markup';
import { isLocale, resolveLocale } from '../i18n/registry';
import { defaultTheme, type Theme } from '../theme/theme';

export interface WebPageInfo {
  /** The page's own address (the issue's `browserUrl`), for `og:url` and `canonical`. */
  url?: string;
  /** The issue date, `YYYY-MM-DD`: orders the archive. */
  date?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function isOutlookConditional(data: string): boolean {
  return /^\[if\b/i.test(data) || /^<!\[endif\]$/i.test(data) || /\[endif\]$/i.test(data);
}

function dropOutlookParts($: CheerioAPI): void {
  $('*')
    .contents()
    .filter((_, node) => node.type === 'comment' && isOutlookConditional(node.data))
    .remove();
  $('[style]').each((_, el) => {
    const style = $(el).attr('style')!.replace(/(^|;)\s*mso-[a-z-]+\s*:[^;]*/gi, '$1').replace(/^;+|;+$/g, '').replace(/;{2,}/g, ';');
    if (style) $(el).attr('style', style);
    else $(el).removeAttr('style');
  });
}

/**
 * The web version of an issue, made from the rendered email: the same blocks, without what only
 * an inbox needs — the preheader, the "view in browser" line, Outlook's conditional comments
 * and `mso-` styles — and with what a page needs: an HTML5 doctype, a `<main>` landmark, and a
 * description and Open Graph title/description for link previews. The column stays responsive
 * (max-width 600 px, fluid images).
 */
export function toWebPage(emailHtml: string, info: WebPageInfo = {}): string {
  const $ = load(emailHtml);
  const title = $('title').first().text();
  const preheader = $(`body > ${attrSelector(markup.skipInText)}`).first();
  const description = preheader.contents().first().text().trim();
  preheader.remove();
  $('[role="article"] > p').has('a').remove();
  dropOutlookParts($);
  const article = $('[role="article"]');
  article.removeAttr('aria-roledescription');
  article.wrap('<main></main>');
  const meta = [
    description ? `<meta name="description" content="${esc(description)}">` : '',
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${esc(title)}">`,
    description ? `<meta property="og:description" content="${esc(description)}">` : '',
    info.url ? `<meta property="og:url" content="${esc(info.url)}">\n<link rel="canonical" href="${esc(info.url)}">` : '',
    info.date ? `<meta property="article:published_time" content="${esc(info.date)}">` : '',
  ].filter(Boolean);
  $('head').append(`\n${meta.join('\n')}\n`);
  return `<!DOCTYPE html>\n${$.html().replace(/^<!DOCTYPE[^>]*>\s*/i, '')}`;
}

export interface ArchiveEntry {
  /** Link to the page, relative to the archive. */
  href: string;
  title: string;
  description?: string;
  date?: string;
  lang?: string;
}

/** Reads what the archive lists from a web page made by `toWebPage`. */
export function archiveEntryOf(webPageHtml: string, href: string): ArchiveEntry {
  const $ = load(webPageHtml);
  const content = (selector: string) => $(selector).attr('content') || undefined;
  return {
    href,
    title: content('meta[property="og:title"]') ?? ($('title').text() || href),
    description: content('meta[property="og:description"]'),
    date: content('meta[property="article:published_time"]'),
    lang: $('html').attr('lang') || undefined,
  };
}

/** Newest first; undated pages after the dated ones, by name. */
function newestFirst(a: ArchiveEntry, b: ArchiveEntry): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (Boolean(a.date) !== Boolean(b.date)) return a.date ? -1 : 1;
  return a.href.localeCompare(b.href);
}

/** `index.html` of the web archive: every issue, newest first, with its date and description. */
export function archivePage(entries: ArchiveEntry[], options: { lang?: string; title?: string; theme?: Theme } = {}): string {
  const sorted = [...entries].sort(newestFirst);
  const newest = sorted[0]?.lang;
  const lang = options.lang ?? (newest !== undefined && isLocale(newest) ? newest : 'de');
  const { labels, intlLocale } = resolveLocale(lang);
  const t = options.theme ?? defaultTheme;
  const c = t.colors;
  const d = t.darkColors;
  const heading = options.title ?? labels.archive;
  const dateText = (iso: string) => {
    const [y, m, day] = iso.split('-').map(Number);
    return new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, day!)));
  };
  const items = sorted.map(
    (e) =>
      `<li><a href="${esc(e.href)}">${esc(e.title)}</a>${e.date ? ` <time datetime="${esc(e.date)}">${esc(dateText(e.date))}</time>` : ''}${
        e.description ? `<p>${esc(e.description)}</p>` : ''
      }</li>`,
  );
  const css = [
    `body{margin:0;background:${c.page};color:${c.text};font-family:${t.fonts.body};font-size:${t.fontSizes.body}px;line-height:${t.lineHeights.body}px}`,
    `main{max-width:${t.widths.container}px;margin:0 auto;padding:${t.space.lg}px ${t.widths.gutter}px;background:${c.surface}}`,
    `h1{color:${c.heading};font-family:${t.fonts.heading};font-size:${t.fontSizes.h1}px;line-height:${t.lineHeights.h1}px;margin:0 0 ${t.space.lg}px}`,
    `ul{list-style:none;margin:0;padding:0}li{margin:0 0 ${t.space.lg}px}`,
    `a{color:${c.link};font-weight:${t.fontWeights.bold}}time{display:block;color:${c.muted};font-size:${t.fontSizes.small}px}`,
    `p{margin:${t.space.xs}px 0 0}`,
    `@media (prefers-color-scheme: dark){body{background:${d.page};color:${d.text}}main{background:${d.surface}}h1{color:${d.heading}}a{color:${d.link}}time{color:${d.muted}}}`,
  ].join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}" dir="ltr">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${esc(heading)}</title>`,
    `<meta property="og:title" content="${esc(heading)}">`,
    `<style>\n${css}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${esc(heading)}</h1>`,
    `<ul>\n${items.join('\n')}\n</ul>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
