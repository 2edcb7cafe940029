import type { Theme } from '../theme/theme';
import { colorRoles } from './css';

/**
 * The document's only `<style>`: progressive enhancement for dark mode. Apple Mail, Outlook for
 * Mac and Samsung Mail apply `prefers-color-scheme`; Outlook.com marks its dark mode with
 * `[data-ogsc]` (text) and `[data-ogsb]` (backgrounds) on an ancestor. The elements are
 * selected by their role classes (see `paint`), which survive webmail sanitizers that strip
 * `data-*` attributes (Roundcube). Clients that drop `<style>` (GMX, WEB.DE, the Gmail app for
 * other accounts) keep the inline light palette.
 */
export function darkModeCss(theme: Theme): string {
  const d = theme.darkColors;
  const bg = (prefix: string) =>
    colorRoles.bg.map((role) => `${prefix}.bg-${role}{background-color:${d[role]}!important}`).join('');
  const fg = (prefix: string) =>
    colorRoles.fg.map((role) => `${prefix}.fg-${role}{color:${d[role]}!important}`).join('');
  const bd = (prefix: string) =>
    colorRoles.border.map((role) => `${prefix}.bd-${role}{border-color:${d[role]}!important}`).join('');
  // <body> has no role class (Roundcube would put it in place of its own), so it is named here:
  // it shows below a message shorter than the window.
  const body = `body{background-color:${d.page}!important}`;
  return [
    ':root{color-scheme:light dark;supported-color-schemes:light dark}',
    `@media (prefers-color-scheme:dark){${body}${bg('')}${fg('')}${bd('')}}`,
    bg('[data-ogsb] ') + bd('[data-ogsb] '),
    fg('[data-ogsc] '),
  ].join('\n');
}

/** One rule `darkModeCss` writes for one role class, with its Outlook.com prefix if any. */
const ROLE_RULE = /(?:\[data-og[sc][bc]\] )?\.((?:bg|fg|bd)-\w+)\{[^}]*\}/g;

/** `darkModeCss` without the rules for roles no element of the email has: they would only cost bytes. */
export function keepRulesFor(css: string, usedClasses: ReadonlySet<string>): string {
  return css.replace(ROLE_RULE, (rule, name: string) => (usedClasses.has(name) ? rule : ''));
}
