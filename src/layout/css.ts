import type { CSSProperties } from 'react';
import type { Palette, Theme } from '../theme/theme';

/** Word-engine properties (Outlook for Windows) that React passes through as `mso-*`. */
declare module 'react' {
  interface CSSProperties {
    msoLineHeightRule?: 'exactly' | 'at-least';
    msoPaddingAlt?: string | number;
    msoTextRaise?: string | number;
    msoHide?: 'all';
  }
}

export type TextRole = 'h1' | 'h2' | 'h3' | 'body' | 'small' | 'footer';

/** Font, size and an exact px line height (Outlook reads px heights only with `mso-line-height-rule`). */
export function typography(theme: Theme, role: TextRole): CSSProperties {
  const heading = role === 'h1' || role === 'h2' || role === 'h3';
  return {
    fontFamily: heading ? theme.fonts.heading : theme.fonts.body,
    fontSize: `${theme.fontSizes[role]}px`,
    lineHeight: `${theme.lineHeights[role]}px`,
    msoLineHeightRule: 'exactly',
    ...(heading ? { fontWeight: theme.fontWeights.bold } : {}),
  };
}

/**
 * The palette colours each kind of paint may use: the one list that `paint` types its roles by
 * and the dark-mode rules swap (darkMode.ts), so that every role painted is a role swapped.
 */
export const colorRoles = {
  bg: ['page', 'surface', 'footer', 'placeholder', 'accent', 'logoHalo'],
  fg: ['text', 'muted', 'heading', 'link', 'onAccent', 'footerText', 'accent', 'border'],
  /** Borders keep their inline colour; the tag lets the dark-mode rules swap it. */
  border: ['border', 'accent'],
} as const satisfies Record<string, readonly (keyof Palette)[]>;

export type ColorRole = (typeof colorRoles.fg)[number];
export type BorderRole = (typeof colorRoles.border)[number];
export type BackgroundRole = (typeof colorRoles.bg)[number];

/**
 * Paints an element with theme colours, inline, and tags it for the dark-mode rules with the
 * classes `fg-…`/`bg-…`/`bd-…` (see darkMode.ts). Classes rather than a `data-*` attribute:
 * webmail sanitizers such as Roundcube's strip every `data-*` but keep classes (prefixed, in
 * the markup and in the `<style>` alike), and a class costs fewer bytes. Every text element and every container sets
 * its colour explicitly: a client in dark mode that honours `color-scheme` but not our rules
 * (seen in Thunderbird) otherwise paints unset text light on our light background.
 */
export function paint(
  theme: Theme,
  roles: { fg?: ColorRole; bg?: BackgroundRole; border?: BorderRole },
  style: CSSProperties = {},
): { style: CSSProperties; className: string } {
  const tags: string[] = [];
  const painted: CSSProperties = { ...style };
  if (roles.bg) {
    painted.backgroundColor = theme.colors[roles.bg];
    tags.push(`bg-${roles.bg}`);
  }
  if (roles.border) tags.push(`bd-${roles.border}`);
  if (roles.fg) {
    painted.color = theme.colors[roles.fg];
    tags.push(`fg-${roles.fg}`);
  }
  return { style: painted, className: tags.join(' ') };
}

export const px = (n: number) => `${n}px`;
