import type { Rgba } from '../base/values';

export { parseColor, type Rgba } from '../base/values';
export { composite, contrastRatio } from '../base/contrast';

export function toHex({ r, g, b }: Rgba): string {
  return `#${[r, g, b].map((value) => Math.round(value).toString(16).padStart(2, '0')).join('')}`;
}
