import type { CSSProperties } from 'react';
import { roleClass } from '../base/markup';
import { useNewsletter, useRenderRecord, type RenderRecord } from '../context';
import type { BackgroundRole, BorderRole, ColorRole } from '../theme/palette';
import type { TextRole, Theme } from '../theme/schema';

export type { BackgroundRole, BorderRole, ColorRole, TextRole };

/** Word-engine properties (Outlook for Windows) that React passes through as `mso-*`. */
declare module 'react' {
  interface CSSProperties {
    msoLineHeightRule?: 'exactly' | 'at-least';
    msoPaddingAlt?: string | number;
    msoTextRaise?: string | number;
    msoHide?: 'all';
  }
}

/** Font, size and an exact px line height (Outlook reads px heights only with `mso-line-height-rule`). */
export function typography(theme: Theme, role: TextRole): CSSProperties {
  const heading = role === 'h1' || role === 'h2' || role === 'h3';
  return {
    fontFamily: heading ? theme.fonts.heading : theme.fonts.body,
    fontSize: `${theme.fontSizes[role]}px`,
    lineHeight: `${theme.lineHeights[role]}px`,
    msoLineHeightRule: 'exactly',
    // Headings are bold (700) in every client, Word's heading styles included: only another weight is written.
    ...(heading && theme.fontWeights.bold !== 700 ? { fontWeight: theme.fontWeights.bold } : {}),
  };
}

/** What a block cell declares for the text role it holds most of: font, size, line height. */
export function cellTypography(theme: Theme, role: TextRole): CSSProperties {
  const { fontWeight: _, ...inherited } = typography(theme, role);
  return inherited;
}

/**
 * Typography for text directly in a block cell that declares `cellTypography` of role `cell`
 * (`null`: none). Text of the cell's role inherits all of it, in every client, Outlook for
 * Windows included, which only loses inherited type into nested tables (text there writes
 * `typography` whole). Where Word should not carry `mso-line-height-rule` over, it reads the
 * line height as "at least", which at these sizes is the same height. Text of another role
 * writes its own size and line height. Headings keep everything: Word gives `<h1>`–`<h3>` its
 * heading styles, whose font would win over the cell's.
 */
export function typographyIn(theme: Theme, role: TextRole, cell: TextRole | null): CSSProperties {
  const own = typography(theme, role);
  if (cell === null || role === 'h1' || role === 'h2' || role === 'h3') return own;
  if (role === cell) return {};
  const { fontFamily, ...rest } = own;
  return fontFamily === cellTypography(theme, cell).fontFamily ? rest : own;
}

export interface PaintRoles {
  fg?: ColorRole;
  bg?: BackgroundRole;
  border?: BorderRole;
}

/** Inline style and colour-role classes for an element, from `usePaint`. */
export interface Painted {
  style: CSSProperties;
  className: string;
}

export type Paint = (roles: PaintRoles, style?: CSSProperties) => Painted;

/**
 * Paints an element with theme colours, inline, and tags it for the dark-mode rules with the
 * classes `fg-…`/`bg-…`/`bd-…` (see darkMode.ts). Classes rather than a `data-*` attribute:
 * webmail sanitizers such as Roundcube's strip every `data-*` but keep classes (prefixed, in
 * the markup and in the `<style>` alike), and a class costs fewer bytes. Every text element and every container sets
 * its colour explicitly: a client in dark mode that honours `color-scheme` but not our rules
 * (seen in Thunderbird) otherwise paints unset text light on our light background. `record`,
 * the render in progress, learns each class: the dark-mode rules are written for those.
 */
export function paintWith(theme: Theme, roles: PaintRoles, style: CSSProperties = {}, record?: RenderRecord): Painted {
  const tags: string[] = [];
  const painted: CSSProperties = { ...style };
  if (roles.bg) {
    painted.backgroundColor = theme.colors[roles.bg];
    tags.push(roleClass('bg', roles.bg));
  }
  if (roles.border) tags.push(roleClass('border', roles.border));
  if (roles.fg) {
    painted.color = theme.colors[roles.fg];
    tags.push(roleClass('fg', roles.fg));
  }
  if (record) for (const tag of tags) record.roles.add(tag);
  return { style: painted, className: tags.join(' ') };
}

/**
 * `paint(roles, style?)` for the enclosing `Newsletter`'s theme: spread its result on the element
 * (`<td {...paint({ bg: 'surface' }, { padding: 8 })}>`). A block of your own paints its colours
 * this way, so that dark mode swaps them as it swaps ours.
 */
export function usePaint(): Paint {
  const { theme } = useNewsletter();
  const record = useRenderRecord();
  return (roles, style) => paintWith(theme, roles, style, record);
}

export const px = (n: number) => `${n}px`;

/** A `margin`/`padding` shorthand in px, zeros without a unit (`0 0 16px`, `0`). */
export function margin(...sides: number[]): string {
  const written = sides.map((n) => (n === 0 ? '0' : px(n)));
  return written.every((side) => side === '0') ? '0' : written.join(' ');
}
