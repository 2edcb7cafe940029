import type { Rgba } from './values/color';

/**
 * WCAG 2.x contrast, the one definition that the theme's validation and the email check's
 * `a11y-contrast` rule both use.
 */

/** WCAG AA minimums: body text, and large text (≥ 24 px, or ≥ 18.66 px bold). */
export const AA = { body: 4.5, large: 3 } as const;

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance({ r, g, b }: Rgba): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** `top` painted over `bottom` (source-over); both may be translucent. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (t: number, b: number): number => (t * top.a + b * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

/**
 * The contrast ratio (1–21) of `foreground` text on `background`, as the reader sees them: a
 * translucent background is first laid over white (the page below everything), a translucent
 * text colour over the background.
 */
export function contrastRatio(foreground: Rgba, background: Rgba): number {
  const base = background.a < 1 ? composite(background, WHITE) : background;
  const l1 = relativeLuminance(composite(foreground, base));
  const l2 = relativeLuminance(base);
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

/** Whether text of this size in px (and weight) counts as large under WCAG. */
export function isLargeText(fontSizePx: number, fontWeight = 400): boolean {
  return fontSizePx >= 24 || (fontSizePx >= 18.66 && fontWeight >= 700);
}
