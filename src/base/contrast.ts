import { parseColor, type Rgba } from './values/color';

/**
 * WCAG 2.x contrast between a text colour and its background. A translucent text colour is
 * first laid over the background, as the reader sees it. Shared by `createTheme` and the
 * email check.
 */

/** WCAG AA minimums: body text, and large text (≥ 24 px, or ≥ 18.66 px bold). */
export const AA = { body: 4.5, large: 3 } as const;

function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance({ r, g, b }: Rgba): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** The contrast ratio (1–21) of `foreground` text on `background`, or `undefined` if either is not a colour. */
export function contrastRatio(foreground: string, background: string): number | undefined {
  const fg = parseColor(foreground);
  const bg = parseColor(background);
  if (!fg || !bg) return undefined;
  const white: Rgba = { r: 255, g: 255, b: 255, a: 1 };
  const base = bg.a < 1 ? over(bg, white) : bg;
  const l1 = relativeLuminance(over(fg, base));
  const l2 = relativeLuminance(base);
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

/** Whether text of this size in px (and weight) counts as large under WCAG. */
export function isLargeText(fontSizePx: number, fontWeight = 400): boolean {
  return fontSizePx >= 24 || (fontSizePx >= 18.66 && fontWeight >= 700);
}
