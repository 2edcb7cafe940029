import type { CSSProperties } from 'react';

export interface ImageProps {
  src: string;
  alt: string;
  /** Displayed width in px: also the `width` attribute, which Outlook for Windows sizes by. */
  width: number;
  height: number;
  style?: CSSProperties;
  /** Colour-role classes from `paint`. */
  className?: string;
}

/**
 * An `<img>` as every client lays it out: numeric width/height attributes (Outlook ignores CSS
 * sizes), `display: block` (no gap under the image in Gmail and Yahoo), no border (old Outlook
 * and Yahoo frame linked images).
 */
export function Image({ src, alt, width, height, style, ...rest }: ImageProps) {
  return <img src={src} alt={alt} width={width} height={height} style={{ display: 'block', border: 0, ...style }} {...rest} />;
}
