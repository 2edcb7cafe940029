import type { EmailClientId } from './support/clients';

/**
 * caniemail errors that are NOT reported, because what the client does instead is harmless.
 *
 * Keep this list short and honest: every entry needs a reason a reviewer can verify in the
 * rendered email (the browser checks render every issue with all `<style>` removed, in light and
 * dark). Anything that changes what a reader sees or can use stays a `client-support` finding so
 * that the HTML gets fixed. Whole clients are never switched off here.
 */
export interface AllowlistEntry {
  /** caniemail feature title, exactly as in its data (e.g. "target attribute"). */
  readonly title: string;
  /** Clients the entry covers; every checked client when absent. */
  readonly clients?: readonly EmailClientId[];
  /** Only occurrences in this part of the email are allowed. */
  readonly only?: 'preheader' | 'style-element';
  /** Only occurrences whose flagged code (start tag, selector or declaration) matches. */
  readonly matching?: RegExp;
  /** Why the email still works in these clients. */
  readonly reason: string;
}

/** Where caniemail found a feature, as the allowlist needs to know it. */
export interface FlaggedCode {
  inStyleElement: boolean;
  inPreheader: boolean;
  /** The element's start tag, or the CSS selector or declaration, when caniemail gave a position. */
  source: string | undefined;
}

const gmxAndWebDe = ['gmx.desktop-webmail', 'web-de.desktop-webmail'] as const satisfies readonly EmailClientId[];

export const clientSupportAllowlist: readonly AllowlistEntry[] = [
  {
    title: '<style> element',
    clients: gmxAndWebDe,
    reason:
      'GMX and WEB.DE drop `<style>`. It carries only progressive enhancement (media queries, dark mode): every essential style is inline, which `class-needs-style` and the style-stripped browser render check.',
  },
  {
    title: '@media',
    only: 'style-element',
    reason: 'Media queries only refine the layout (narrow screens, dark mode); the inline layout works without them (browser check at 320 px without `<style>`).',
  },
  {
    title: '@media (prefers-color-scheme)',
    only: 'style-element',
    reason: 'Dark-mode rules are an enhancement; clients without them show the light design, whose colours are all inline (`explicit-colors`).',
  },
  {
    title: '@font-face',
    only: 'style-element',
    reason:
      'A web font is an enhancement: clients that do not load it show the font stack\'s fallback, which the `web-font` rule requires of every stack that names one, and Outlook for Windows gets it through `mso-font-alt`.',
  },
  {
    title: 'color-scheme meta tag',
    reason: 'A hint only: clients that ignore it show the light design with its explicit inline colours.',
  },
  {
    title: 'color-scheme CSS property',
    only: 'style-element',
    reason: 'Same hint as the color-scheme meta tag, inside `:root {}`; ignoring it leaves the light design.',
  },
  {
    title: '!important keyword',
    clients: gmxAndWebDe,
    only: 'style-element',
    reason: 'Only inside `<style>`, which GMX and WEB.DE drop as a whole anyway (see the `<style> element` entry).',
  },
  {
    title: 'Attribute selector',
    only: 'style-element',
    matching: /^\s*\[data-og[sa][cb]\]/i,
    reason: 'Only the Outlook.com dark-mode selectors [data-ogsc]/[data-ogsb]; other clients never match them.',
  },
  {
    title: 'border-radius',
    reason: 'Corners are square where it is unsupported (Outlook Windows, GMX, WEB.DE); nothing else changes.',
  },
  {
    title: 'aria-label attribute',
    matching: /^<div\b[^>]*\srole="article"/,
    reason:
      'Only the label of the outer `role="article"` wrapper (the issue\'s name for screen readers); clients that strip it lose that name, not content. aria-label on links stays a finding: where it is stripped, "Mehr…" is all that is left.',
  },
  {
    title: 'height property',
    clients: ['yahoo.desktop-webmail'],
    matching: /^<img\b[^>]*[";\s]height\s*:\s*auto\b/i,
    reason:
      'Yahoo turns `height:auto` on images into `min-height:auto`, so the height attribute applies: the image keeps its designed size in Yahoo\'s desktop column. Outlook needs that height attribute (`outlook-image-size`); no markup serves both.',
  },
  {
    title: 'word-break',
    matching: /word-break\s*:\s*break-word/i,
    reason:
      'Only `break-word` on the content column, so that a very long compound word wraps instead of widening the column on a narrow screen. Where it is ignored (GMX, WEB.DE, Yahoo), such a word can widen the column, as it would without the property; ordinary text is unaffected.',
  },
  {
    title: 'opacity',
    only: 'preheader',
    reason: 'Part of the preheader\'s hiding styles; `display:none` hides it where opacity is unsupported (Outlook Windows, GMX, WEB.DE).',
  },
  {
    title: 'max-height property',
    only: 'preheader',
    reason: 'Part of the preheader\'s hiding styles; `display:none` hides it in Outlook for Windows.',
  },
  {
    title: 'hidden attribute',
    only: 'preheader',
    reason: 'Next to the preheader\'s hiding styles, for Thunderbird\'s "simple HTML" view, which drops styles but honours `hidden`; where the attribute is stripped, `display:none` hides the preheader.',
  },
  {
    title: 'min-width property',
    clients: ['outlook.windows'],
    matching: /^<div\b[^>]*display\s*:\s*inline-block/i,
    reason:
      'Only on an inline-block column (`Columns` with `minWidths`), where it decides how narrow a reading pane may get before the columns stack. Outlook for Windows has no inline-block: it lays the columns out as the cells of a conditional table with fixed widths, which the property does not touch.',
  },
  {
    title: 'max-height property',
    matching: /^<img\b/i,
    reason: 'Keeps a blocked image\'s box at the image\'s height in Evolution (which draws a square icon scaled to the width). Outlook for Windows sizes images by their height attribute instead.',
  },
  {
    title: 'overflow',
    only: 'preheader',
    reason: 'Part of the preheader\'s hiding styles; `display:none` hides it in Outlook for Windows.',
  },
  {
    title: '<body> element',
    clients: ['outlook.macos'],
    reason:
      'Outlook for macOS replaces `<body>`. lang and dir are repeated on the outer wrapper (enforced by `a11y-lang-dir`), and the issues repeat the body background there too (seen in the rendered HTML, not enforced by a rule). caniemail also counts every `<tbody>` as `<body>` (substring match), hence the high counts.',
  },
  {
    title: 'role attribute',
    clients: gmxAndWebDe,
    reason: 'GMX and WEB.DE strip role; no other markup says "layout table". Nothing visible changes; screen readers there announce tables.',
  },
  {
    title: 'lang attribute',
    clients: gmxAndWebDe,
    reason: 'GMX and WEB.DE strip lang; no alternative markup exists. Nothing visible changes; their own page language applies.',
  },
  {
    title: 'dir attribute',
    clients: gmxAndWebDe,
    matching: /^<html\b|\sdir="ltr"|[";\s]direction\s*:\s*(?:rtl|ltr)\b/i,
    reason:
      'GMX and WEB.DE strip dir. On `<html>` (which webmails drop anyway) and `dir="ltr"` that leaves the default direction; an element marked `dir="rtl"` is only excused when its inline style says `direction:rtl` too, which they keep (the outer wrapper must, by `a11y-lang-dir`).',
  },
];

export function findAllowlistEntry(allowlist: readonly AllowlistEntry[], title: string, client: string, code: FlaggedCode): AllowlistEntry | undefined {
  return allowlist.find(
    (entry) =>
      entry.title === title &&
      (entry.clients === undefined || (entry.clients as readonly string[]).includes(client)) &&
      (entry.only === undefined || (entry.only === 'preheader' ? code.inPreheader : code.inStyleElement)) &&
      (entry.matching === undefined || entry.matching.test(code.source ?? '')),
  );
}
