import { describe, expect, it } from 'vitest';
import { color, fontStack, isColor, isFontStack, length, parseColor } from '../../src/base/values';
import { contrastRatio, isLargeText } from '../../src/base/contrast';

describe('colour', () => {
  it.each(['#fff', '#FFFFFF', '#0b5cad80', 'rgb(0, 0, 0)', 'rgb(0 0 0 / 50%)', 'rgba(11,92,173,.5)', 'hsl(210, 50%, 40%)', 'hsla(210 50% 40% / 0.5)', 'navy', 'RebeccaPurple'])(
    'accepts %s',
    (v) => expect(isColor(v)).toBe(true),
  );
  it.each([
    'red;background:url(https://t.example/track.gif)',
    'red}body{display:none}',
    'expression(alert(1))',
    'url(https://t.example/x.gif)',
    'var(--x)',
    'transparent',
    'currentColor',
    '#ggg',
    'rgb(0,0,0);x:y',
    'red !important',
    '',
  ])('refuses %j', (v) => {
    expect(isColor(v)).toBe(false);
    expect(color.safeParse(v).error?.issues[0]?.message).toMatch(/^must be a CSS colour/);
  });
  it('reads hex, functions and names to the same value', () => {
    expect(parseColor('#0b5cad')).toEqual({ r: 11, g: 92, b: 173, a: 1 });
    expect(parseColor('rgb(11, 92, 173)')).toEqual(parseColor('#0b5cad'));
    expect(parseColor('navy')).toEqual(parseColor('#000080'));
    const hsl = parseColor('hsl(0, 100%, 50%)')!;
    expect([hsl.r, hsl.g, hsl.b].map(Math.round)).toEqual([255, 0, 0]);
  });
});

describe('contrast', () => {
  it('gives the WCAG ratios', () => {
    const ratio = (fg: string, bg: string) => contrastRatio(parseColor(fg)!, parseColor(bg)!);
    expect(ratio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(ratio('#fff', '#fff')).toBeCloseTo(1, 5);
    expect(ratio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    // Translucent text is seen over its background, a translucent background over white.
    expect(ratio('rgba(0,0,0,0)', '#ffffff')).toBeCloseTo(1, 5);
    expect(ratio('#000', 'rgba(0,0,0,0)')).toBeCloseTo(21, 5);
    expect(ratio('rgba(0,0,0,0.5)', '#ffffff')).toBeCloseTo(ratio('#808080', '#ffffff'), 1);
  });
  it('knows large text', () => {
    expect(isLargeText(24)).toBe(true);
    expect(isLargeText(19, 700)).toBe(true);
    expect(isLargeText(19, 400)).toBe(false);
  });
});

describe('length and font stack', () => {
  it('takes finite, non-negative px only', () => {
    expect(length.safeParse(0).success).toBe(true);
    expect(length.safeParse(16.5).success).toBe(true);
    expect(length.safeParse(Number.NaN).error?.issues[0]?.message).toBe('must be a finite number of px, got NaN');
    expect(length.safeParse(Infinity).error?.issues[0]?.message).toBe('must be a finite number of px, got Infinity');
    expect(length.safeParse(-1).error?.issues[0]?.message).toBe('must not be negative, got -1');
    expect(length.safeParse('16px').error?.issues[0]?.message).toBe('must be a finite number of px, got "16px"');
  });
  it.each(['Arial, Helvetica, sans-serif', '"Source Sans Pro", Arial, sans-serif', "'Segoe UI', Roboto"])('accepts the font stack %s', (v) =>
    expect(isFontStack(v)).toBe(true),
  );
  it.each(['Arial;} body{display:none', 'Arial, url(x)', '"Arial', 'Arial, ', 'a"b', 'Arial\\;', 'expression(alert(1))'])('refuses the font stack %j', (v) => {
    expect(isFontStack(v)).toBe(false);
    expect(fontStack.safeParse(v).success).toBe(false);
  });
});
