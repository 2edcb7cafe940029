import { roleClass, schemeImageClass } from '../base/markup';
import { colorRoles } from '../theme/palette';
import type { Theme } from '../theme/schema';

/**
 * The document's only `<style>`: progressive enhancement for dark mode. Apple Mail, Outlook for
 * Mac and Samsung Mail apply `prefers-color-scheme`; Outlook.com marks its dark mode with
 * `[data-ogsc]` (text) and `[data-ogsb]` (backgrounds) on an ancestor. The elements are
 * selected by their role classes (see `paint`), which survive webmail sanitizers that strip
 * `data-*` attributes (Roundcube). Clients that drop `<style>` (GMX, WEB.DE, the Gmail app for
 * other accounts) keep the inline light palette.
 *
 * `used` are the role classes the render painted (`bg-surface`, `fg-text`, …): rules are written
 * for those only, in the order of `colorRoles`. Without it, for every role.
 */
export function darkModeCss(theme: Theme, used?: ReadonlySet<string>): string {
  const d = theme.darkColors;
  const rules = (kind: keyof typeof colorRoles, property: string) => (prefix: string) => {
    let css = '';
    for (const role of colorRoles[kind]) {
      const name = roleClass(kind, role);
      if (!used || used.has(name)) css += `${prefix}.${name}{${property}:${d[role]}!important}`;
    }
    return css;
  };
  const bg = rules('bg', 'background-color');
  const fg = rules('fg', 'color');
  const bd = rules('border', 'border-color');
  // Images drawn for each scheme trade places (their classes are written only where one is shown).
  const images = (prefix: string) =>
    !used || used.has(schemeImageClass.dark)
      ? `${prefix}.${schemeImageClass.light}{display:none!important}${prefix}.${schemeImageClass.dark}{display:block!important}`
      : '';
  // <body> has no role class (Roundcube would put it in place of its own), so it is named here:
  // it shows below a message shorter than the window.
  const body = `body{background-color:${d.page}!important}`;
  return [
    ':root{color-scheme:light dark;supported-color-schemes:light dark}',
    `@media (prefers-color-scheme:dark){${body}${bg('')}${fg('')}${bd('')}${images('')}}`,
    bg('[data-ogsb] ') + bd('[data-ogsb] '),
    fg('[data-ogsc] ') + images('[data-ogsc] '),
  ].join('\n');
}
