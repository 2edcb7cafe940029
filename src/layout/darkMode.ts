import type { Theme } from '../theme/theme';
import { colorRoles } from './css';

/**
 * The document's only `<style>`: progressive enhancement for dark mode. Apple Mail, Outlook for
 * Mac and Samsung Mail apply `prefers-color-scheme`; Outlook.com marks its dark mode with
 * `[data-ogsc]` (text) and `[data-ogsb]` (backgrounds) on an ancestor. Clients that drop
 * `<style>` (GMX, WEB.DE, the Gmail app for other accounts) keep the inline light palette.
 */
export function darkModeCss(theme: Theme): string {
  const d = theme.darkColors;
  const bg = (prefix: string) =>
    colorRoles.bg.map((role) => `${prefix}[data-nk~=bg-${role}]{background-color:${d[role]}!important}`).join('');
  const fg = (prefix: string) =>
    colorRoles.fg.map((role) => `${prefix}[data-nk~=fg-${role}]{color:${d[role]}!important}`).join('');
  const bd = (prefix: string) =>
    colorRoles.border.map((role) => `${prefix}[data-nk~=bd-${role}]{border-color:${d[role]}!important}`).join('');
  return [
    ':root{color-scheme:light dark;supported-color-schemes:light dark}',
    `@media (prefers-color-scheme:dark){${bg('')}${fg('')}${bd('')}}`,
    bg('[data-ogsb] ') + bd('[data-ogsb] '),
    fg('[data-ogsc] '),
  ].join('\n');
}
