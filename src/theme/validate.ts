import { AA, contrastRatio, isLargeText } from '../base/contrast';
import { NewsletterPropError, parseColor } from '../base/values';
import type { Palette } from './palette';
import { themeSchema, type TextRole, type Theme } from './schema';
import { webFontProblems } from './webFonts';

/**
 * What a theme may hold (`themeSchema`), and text/background pairs that meet WCAG AA in both
 * palettes.
 */

/** Every text colour the components put on a background, with the smallest text it is used for. */
const PAIRS: { fg: keyof Palette; bg: keyof Palette; role: TextRole; bold?: boolean; where: string }[] = [
  { fg: 'text', bg: 'surface', role: 'body', where: 'body text' },
  { fg: 'muted', bg: 'surface', role: 'small', where: 'dates and photo credits' },
  { fg: 'heading', bg: 'surface', role: 'h3', bold: true, where: 'headlines' },
  { fg: 'link', bg: 'surface', role: 'body', where: 'links' },
  { fg: 'onAccent', bg: 'accent', role: 'body', bold: true, where: 'button text' },
  { fg: 'footerText', bg: 'footer', role: 'footer', where: 'the legal footer' },
  { fg: 'muted', bg: 'page', role: 'small', where: 'the view-in-browser line' },
  { fg: 'text', bg: 'placeholder', role: 'small', where: 'alt text of blocked images' },
];

export interface ContrastProblem {
  prop: string;
  message: string;
}

/** Text/background pairs under WCAG AA (4.5:1, or 3:1 for large text) in the light and the dark palette. */
export function contrastProblems(theme: Theme): ContrastProblem[] {
  const problems: ContrastProblem[] = [];
  for (const group of ['colors', 'darkColors'] as const) {
    const p = theme[group];
    for (const pair of PAIRS) {
      const size = Math.min(theme.fontSizes[pair.role], pair.role === 'h3' ? theme.fontSizes.h2 : Infinity, pair.role === 'h3' ? theme.fontSizes.h1 : Infinity);
      const large = isLargeText(size, pair.bold ? theme.fontWeights.bold : theme.fontWeights.normal);
      const needed = large ? AA.large : AA.body;
      const fg = parseColor(p[pair.fg]);
      const bg = parseColor(p[pair.bg]);
      const ratio = fg && bg ? contrastRatio(fg, bg) : undefined;
      if (ratio !== undefined && ratio < needed) {
        problems.push({
          prop: `${group}.${pair.fg}`,
          message: `(${p[pair.fg]}) on ${group}.${pair.bg} (${p[pair.bg]}) has a contrast of ${ratio.toFixed(2)}:1 for ${pair.where}; WCAG AA needs at least ${needed}:1 for ${large ? 'large' : 'body'} text`,
        });
      }
    }
  }
  return problems;
}

const checked = new WeakSet<object>();

/**
 * Throws a `NewsletterPropError` naming every bad token and every low-contrast pair. A theme
 * object that passed once is not checked again.
 */
export function assertTheme(theme: unknown, where = 'theme', prefix = ''): asserts theme is Theme {
  if (typeof theme === 'object' && theme !== null && checked.has(theme)) return;
  const result = themeSchema.safeParse(theme);
  if (!result.success) {
    throw new NewsletterPropError(
      where,
      result.error.issues.map((issue) => ({ prop: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'), message: issue.message })),
    );
  }
  const problems = [...webFontProblems((theme as Theme).fonts, (theme as Theme).webFonts ?? {}), ...contrastProblems(theme as Theme)];
  if (problems.length) throw new NewsletterPropError(where, problems.map((p) => ({ ...p, prop: [prefix, p.prop].filter(Boolean).join('.') })));
  checked.add(theme as object);
}
