import { schemeImageClass } from '../base/markup';
import { useRenderRecord } from '../context';
import { Image } from './Image';

export interface SchemeImageProps {
  /** The image for a light background. */
  light: string;
  /** The same image for a dark background. */
  dark: string;
  alt: string;
  width: number;
  height: number;
}

/**
 * An image drawn twice, for a light and a dark background (an icon, a logo), of which the reader
 * sees the one for the scheme their client shows. The dark one is hidden inline (`mso-hide` for
 * Outlook for Windows), so that clients without the dark-mode rules (GMX, WEB.DE) show the light
 * one; the dark-mode rules trade them. The render records the use, so that those rules are written.
 */
export function SchemeImage({ light, dark, alt, width, height }: SchemeImageProps) {
  const record = useRenderRecord();
  record?.roles.add(schemeImageClass.light);
  record?.roles.add(schemeImageClass.dark);
  return (
    <>
      <Image src={light} alt={alt} width={width} height={height} className={schemeImageClass.light} />
      <Image src={dark} alt={alt} width={width} height={height} className={schemeImageClass.dark} style={{ display: 'none', msoHide: 'all' }} />
    </>
  );
}
