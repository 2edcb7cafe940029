import * as z from 'zod';
import { describeInput, expected } from './describe';
import { isImageSrc } from './url';

/**
 * A web font file's address, written into `@font-face { src: url("…") }`: `https://` with a
 * host, like an image, and nothing that could end the CSS string or the `<style>` element
 * (quotes, parentheses, angle brackets).
 */
const CSS_UNSAFE = /["'()<>]/;

/** The `format()` hint for a font file by its extension; `undefined` for an address without one of them. */
export const fontFormats = { woff2: 'woff2', woff: 'woff', ttf: 'truetype', otf: 'opentype' } as const;
export type FontFormat = (typeof fontFormats)[keyof typeof fontFormats];

export function fontFormatOf(url: string): FontFormat | undefined {
  const extension = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  return extension !== undefined && Object.hasOwn(fontFormats, extension) ? fontFormats[extension as keyof typeof fontFormats] : undefined;
}

export function isFontUrl(value: unknown): value is string {
  return isImageSrc(value) && !CSS_UNSAFE.test(value);
}

export const fontUrl = z
  .string({ error: expected('an absolute https:// URL of a font file') })
  .refine(isFontUrl, {
    error: (issue) =>
      `must be an absolute https:// URL of a font file with a host and no quotes, parentheses or angle brackets (e.g. "https://cdn.example.org/fonts/inter-400.woff2"), got ${describeInput(issue.input)}`,
  });
