import colorNames from 'color-name';

/** An sRGB colour with channels 0–255 and alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

function channel(token: string): number | undefined {
  const match = /^(-?[\d.]+)(%?)$/.exec(token);
  if (!match) return undefined;
  const value = Number(match[1]);
  if (!Number.isFinite(value)) return undefined;
  return clamp(match[2] ? (value * 255) / 100 : value, 0, 255);
}

function alpha(token: string | undefined): number | undefined {
  if (token === undefined) return 1;
  const match = /^(-?[\d.]+)(%?)$/.exec(token);
  if (!match) return undefined;
  const value = Number(match[1]);
  return Number.isFinite(value) ? clamp(match[2] ? value / 100 : value, 0, 1) : undefined;
}

function hue(token: string): number | undefined {
  const match = /^(-?[\d.]+)(deg|turn|rad|grad)?$/.exec(token);
  if (!match) return undefined;
  const value = Number(match[1]);
  const factor = { turn: 360, rad: 180 / Math.PI, grad: 0.9, deg: 1 }[match[2] ?? 'deg'] ?? 1;
  return Number.isFinite(value) ? (((value * factor) % 360) + 360) % 360 : undefined;
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number): number => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number): number => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [f(0) * 255, f(8) * 255, f(4) * 255];
}

/** Function arguments in either syntax: `1, 2, 3, 0.5` or `1 2 3 / 50%`. */
function argumentsOf(inner: string): { values: string[]; alpha: string | undefined } | undefined {
  const [main = '', slashAlpha, extra] = inner.split('/').map((part) => part.trim());
  if (extra !== undefined) return undefined;
  const values = main.includes(',') ? main.split(',').map((part) => part.trim()) : main.split(/\s+/);
  if (slashAlpha !== undefined) return values.length === 3 ? { values, alpha: slashAlpha } : undefined;
  if (values.length === 4) return { values: values.slice(0, 3), alpha: values[3] };
  return values.length === 3 ? { values, alpha: undefined } : undefined;
}

/** A CSS colour value (hex, rgb(a), hsl(a), a keyword or `transparent`); undefined for anything else. */
export function parseColor(value: string): Rgba | undefined {
  const text = value.trim().toLowerCase();
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const named = colorNames[text];
  if (named) return { r: named[0], g: named[1], b: named[2], a: 1 };
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(text)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((digit) => digit + digit).join('') : hex;
    const byte = (index: number): number => Number.parseInt(full.slice(index * 2, index * 2 + 2), 16);
    return { r: byte(0), g: byte(1), b: byte(2), a: full.length === 8 ? byte(3) / 255 : 1 };
  }
  const fn = /^(rgba?|hsla?)\(([^()]*)\)$/.exec(text);
  if (!fn) return undefined;
  const args = argumentsOf(fn[2] ?? '');
  if (!args) return undefined;
  const a = alpha(args.alpha);
  if (a === undefined) return undefined;
  if (fn[1]?.startsWith('rgb')) {
    const [r, g, b] = args.values.map(channel);
    return r === undefined || g === undefined || b === undefined ? undefined : { r, g, b, a };
  }
  const h = hue(args.values[0] ?? '');
  const percent = (token: string | undefined): number | undefined => {
    const match = /^([\d.]+)%?$/.exec(token ?? '');
    return match ? clamp(Number(match[1]) / 100, 0, 1) : undefined;
  };
  const s = percent(args.values[1]);
  const l = percent(args.values[2]);
  if (h === undefined || s === undefined || l === undefined) return undefined;
  const [r, g, b] = hslToRgb(h, s, l);
  return { r, g, b, a };
}

/** `top` painted over `bottom` (source-over). */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (t: number, b: number): number => (t * top.a + b * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

/** WCAG 2 relative luminance of an opaque colour. */
export function luminance({ r, g, b }: Rgba): number {
  const linear = (value: number): number => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of two opaque colours, 1–21. */
export function contrastRatio(first: Rgba, second: Rgba): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export function toHex({ r, g, b }: Rgba): string {
  return `#${[r, g, b].map((value) => Math.round(value).toString(16).padStart(2, '0')).join('')}`;
}
