import juice from 'juice/client';

/**
 * Inlines the CSS of `<style>` blocks into `style` attributes with juice, for apps whose own
 * blocks bring CSS: `renderEmail(element, { inlineCss })`. Media queries and `@font-face` stay in
 * `<style>` (clients that read `<style>` apply them; the rest never could).
 */
export function inlineCss(html: string): string {
  return juice(html, {
    removeStyleTags: true,
    preserveMediaQueries: true,
    preserveFontFaces: true,
    preserveImportant: true,
    applyWidthAttributes: true,
    applyHeightAttributes: true,
    applyAttributesTableElements: true,
    insertPreservedExtraCss: true,
  });
}
