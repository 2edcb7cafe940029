import { fontFormatOf } from '../base/values';
import type { Theme } from '../theme/theme';
import { outlookFallbacks } from '../theme/webFonts';

/**
 * The theme's web fonts as `@font-face` rules, for a `<style>` element of their own: Gmail drops
 * a whole `<style>` that holds a `url()`, so these must not share one with the dark-mode rules
 * (what Gmail drops is then only the font, which it would not load anyway).
 *
 * Outlook for Windows reads `@font-face` without loading the file, and text in that font then
 * ignores the rest of its stack and comes out in Times New Roman: `mso-font-alt` and
 * `mso-generic-font-family` name the stack's own fallback for it instead (caniemail, @font-face,
 * note 5). Other clients ignore the `mso-` properties.
 */
export function webFontCss(theme: Theme): string | undefined {
  const webFonts = theme.webFonts ?? {};
  const families = Object.keys(webFonts);
  if (!families.length) return undefined;
  const fallbacks = outlookFallbacks(theme.fonts, webFonts);
  return families
    .flatMap((family) => {
      const outlook = fallbacks.get(family);
      return webFonts[family]!.map((face) =>
        [
          `font-family:"${family}"`,
          `font-style:${face.style ?? 'normal'}`,
          `font-weight:${face.weight ?? 400}`,
          `src:url("${face.url}") format("${face.format ?? fontFormatOf(face.url)}")`,
          ...(outlook ? [`mso-font-alt:"${outlook.font}"`, `mso-generic-font-family:${outlook.generic}`] : []),
        ].join(';'),
      );
    })
    .map((declarations) => `@font-face{${declarations}}`)
    .join('\n');
}
