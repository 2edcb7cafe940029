import { load, type CheerioAPI } from 'cheerio/slim';
import { attrSelector, markup } from '../base/markup';
import { findForbiddenCharacter, forbiddenCharacterMessage, isWebUrl, toCalendarDay } from '../base/values';
import { isLocale, resolveLocale } from '../i18n/registry';
import { defaultTheme, type Theme } from '../theme/theme';
import { OutputError } from './error';

/** A web page or the archive could not be built: every problem names the value (and the page) it is about. */
export class WebPageError extends OutputError {
  override name = 'WebPageError';
}

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
  const problems: string[] = [];
  if (info.url !== undefined && !isWebUrl(info.url)) problems.push(`url: must be the page's absolute https:// or http:// address (e.g. https://www.example.org/newsletter/05), got ${JSON.stringify(info.url)}`);
  if (info.date !== undefined && !isIsoDay(info.date)) problems.push(`date: must be a real date as YYYY-MM-DD (e.g. 2021-02-08), got ${JSON.stringify(info.date)}`);
  if (problems.length) throw new WebPageError(problems);
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
  /**
   * The page's file name in the archive's folder, as written (`branchenticker-05.html`). The
   * archive links to it as `./` and the name percent-encoded once, so that no name — not even
   * `javascript:alert(1).html` or `50%.html` — can become a link to anything but that file.
   */
  file: string;
  title: string;
  description?: string;
  date?: string;
  lang?: string;
}

const isIsoDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && toCalendarDay(value) !== undefined;

/**
 * Why a file name cannot stand in the archive, or `undefined`: a name, not a path (no `/`, `\\`,
 * `.` or `..`), not hidden (a leading `.` is how temporary files are named), not the archive's
 * own `index.html`, and no control or bidi characters.
 */
export function archiveFileNameProblem(file: string): string | undefined {
  if (file === '' || file === '.' || file === '..' || /[/\\]/.test(file)) return `must be a file name in the archive's folder, not a path, got ${JSON.stringify(file)}`;
  if (file.startsWith('.')) return `must not start with "." (hidden and temporary files do), got ${JSON.stringify(file)}`;
  if (file.toLowerCase() === 'index.html') return 'must not be "index.html": that is the archive itself';
  const found = findForbiddenCharacter(file);
  if (found) return forbiddenCharacterMessage(found);
  return undefined;
}

/** `./` and the file name percent-encoded once: a relative link that no name can turn into a scheme. */
export const archiveHref = (file: string) => `./${encodeURIComponent(file)}`;

/**
 * Reads what the archive lists from a web page made by `toWebPage`, written as `file` in the
 * archive's folder. A page whose name or date cannot be listed is a `WebPageError` naming it.
 */
export function archiveEntryOf(webPageHtml: string, file: string): ArchiveEntry {
  const problem = archiveFileNameProblem(file);
  if (problem) throw new WebPageError([`${file}: file name ${problem}`]);
  const $ = load(webPageHtml);
  const content = (selector: string) => $(selector).attr('content') || undefined;
  const date = content('meta[property="article:published_time"]');
  if (date !== undefined && !isIsoDay(date)) {
    throw new WebPageError([`${file}: article:published_time must be a real date as YYYY-MM-DD, got ${JSON.stringify(date)}`]);
  }
  return {
    file,
    title: content('meta[property="og:title"]') ?? ($('title').text() || file),
    description: content('meta[property="og:description"]'),
    date,
    lang: $('html').attr('lang') || undefined,
  };
}

/** Newest first; undated pages after the dated ones, by name. */
function newestFirst(a: ArchiveEntry, b: ArchiveEntry): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (Boolean(a.date) !== Boolean(b.date)) return a.date ? -1 : 1;
  return a.file.localeCompare(b.file);
}

/** `index.html` of the web archive: every issue, newest first, with its date and description. */
export function archivePage(entries: ArchiveEntry[], options: { lang?: string; title?: string; theme?: Theme } = {}): string {
  const problems = entries.flatMap((e, i) => {
    const fileProblem = archiveFileNameProblem(e.file);
    return [
      ...(fileProblem ? [`entries.${i}.file: ${fileProblem}`] : []),
      ...(e.date !== undefined && !isIsoDay(e.date) ? [`entries.${i}.date: must be a real date as YYYY-MM-DD, got ${JSON.stringify(e.date)}`] : []),
    ];
  });
  if (problems.length) throw new WebPageError(problems);
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
      `<li><a href="${esc(archiveHref(e.file))}">${esc(e.title)}</a>${e.date ? ` <time datetime="${esc(e.date)}">${esc(dateText(e.date))}</time>` : ''}${
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
