import * as z from 'zod';
import { describeInput, fontFamilies, fontFormatOf, fontFormats, fontUrl, fontWeight, genericFamilies } from '../base/values';

/** One file of a web font: a weight and style of the family. */
export interface WebFontFace {
  /** `https://` address of the font file: woff2 (every client that loads web fonts reads it), woff, ttf or otf. */
  url: string;
  /** The file's format, when its address does not end in .woff2, .woff, .ttf or .otf. */
  format?: 'woff2' | 'woff' | 'truetype' | 'opentype';
  /** @default 400 */
  weight?: number;
  /** @default 'normal' */
  style?: 'normal' | 'italic';
}

/** Web fonts by family name: the files a stack in `fonts` names by that family. */
export type WebFonts = Readonly<Record<string, readonly WebFontFace[]>>;

const FAMILY = /^[A-Za-z][A-Za-z0-9 _.-]*$/;

const face = z
  .strictObject(
    {
      url: fontUrl,
      format: z.enum(Object.values(fontFormats), { error: (i) => `must be one of ${Object.values(fontFormats).join(', ')}, got ${describeInput(i.input)}` }).optional(),
      weight: fontWeight.optional(),
      style: z.enum(['normal', 'italic'], { error: (i) => `must be "normal" or "italic", got ${describeInput(i.input)}` }).optional(),
    },
    { error: (i) => (i.code === 'unrecognized_keys' ? `unknown key ${i.keys.map((k) => `"${k}"`).join(', ')}: a face is { url, format?, weight?, style? }` : `must be a font file { url, weight?, style? }, got ${describeInput(i.input)}`) },
  )
  .superRefine((value, ctx) => {
    if (value.format === undefined && fontFormatOf(value.url) === undefined) {
      ctx.addIssue({ code: 'custom', path: ['format'], message: `is required when the address does not end in .woff2, .woff, .ttf or .otf: e.g. format: "woff2"` });
    }
  });

export const webFontsSchema = z.record(
  z.string().regex(FAMILY),
  z.array(face, { error: (i) => `must be a list of font files [{ url, weight?, style? }], got ${describeInput(i.input)}` }).min(1, { error: 'must list at least one font file' }),
  {
    error: (i) =>
      i.code === 'invalid_key'
        ? `is not a family name: a web font's family is a plain name of letters, digits, spaces and -_. (e.g. "Source Sans Pro")`
        : `must be an object of web fonts by family, e.g. { Inter: [{ url: "https://…/inter-400.woff2" }] }, got ${describeInput(i.input)}`,
  },
);

/**
 * What holds web fonts and stacks together: every declared family is named by a stack, and a
 * stack that names one goes on with a font that every client has and ends with a generic family,
 * which is what a reader sees wherever the web font does not load (Gmail, Outlook, Yahoo, the
 * webmails of GMX and WEB.DE).
 */
export function webFontProblems(fonts: Readonly<Record<string, string>>, webFonts: WebFonts): { prop: string; message: string }[] {
  const problems: { prop: string; message: string }[] = [];
  const declared = new Set(Object.keys(webFonts));
  const used = new Set<string>();
  for (const [role, stack] of Object.entries(fonts)) {
    const families = fontFamilies(stack);
    const web = families.map((f) => declared.has(f));
    if (!web.includes(true)) continue;
    families.forEach((f) => declared.has(f) && used.add(f));
    const last = web.lastIndexOf(true);
    const fallbacks = families.slice(last + 1);
    const generic = fallbacks.at(-1);
    if (!fallbacks.some((f) => !Object.hasOwn(genericFamilies, f)) || generic === undefined || !Object.hasOwn(genericFamilies, generic)) {
      const webFamily = families[last]!;
      problems.push({
        prop: `fonts.${role}`,
        message: `(${JSON.stringify(stack)}) names the web font "${webFamily}" without a fallback for the clients that do not load it (Gmail, Outlook, Yahoo, GMX and WEB.DE webmail): go on with a font every client has and a generic family, e.g. "${webFamily}, Arial, Helvetica, sans-serif"`,
      });
    }
  }
  for (const family of declared) {
    if (!used.has(family)) {
      problems.push({
        prop: `webFonts.${family}`,
        message: `is declared but no stack in fonts names it: add it to one, e.g. fonts.body: "${family}, Arial, Helvetica, sans-serif", or leave it out`,
      });
    }
  }
  return problems;
}

/** For each web font, the font Outlook for Windows shows instead and its generic family (its `mso-font-alt` and `mso-generic-font-family`). */
export function outlookFallbacks(fonts: Readonly<Record<string, string>>, webFonts: WebFonts): Map<string, { font: string; generic: string }> {
  const result = new Map<string, { font: string; generic: string }>();
  for (const stack of Object.values(fonts)) {
    const families = fontFamilies(stack);
    families.forEach((family, i) => {
      if (!Object.hasOwn(webFonts, family) || result.has(family)) return;
      const rest = families.slice(i + 1);
      const font = rest.find((f) => !Object.hasOwn(webFonts, f) && !Object.hasOwn(genericFamilies, f));
      const generic = rest.at(-1);
      if (font !== undefined && generic !== undefined) result.set(family, { font, generic: genericFamilies[generic] ?? 'auto' });
    });
  }
  return result;
}
