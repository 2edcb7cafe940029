/// <reference types="vite/client" />

/** File names in emails/static, which Storybook serves at /static. */
const SAMPLES = new Set(Object.keys(import.meta.glob('../../emails/static/*')).map((path) => path.slice(path.lastIndexOf('/') + 1)));
const IMAGE_SRC = /(<img\b[^>]*?\ssrc=")https:\/\/[^"]*\/([^/"]+)"/g;

/**
 * The example issues point at their publishers' image URLs, which do not exist. Where a sample
 * image with the same file name ships in emails/static, the preview shows that one instead.
 */
export function localSampleImages(html: string, samples: ReadonlySet<string> = SAMPLES): string {
  return html.replace(IMAGE_SRC, (whole, start: string, file: string) => (samples.has(file) ? `${start}/static/${file}"` : whole));
}
