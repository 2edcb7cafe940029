import type { Severity } from './types';

/**
 * What each rule of the email check requires, in the spirit of MJML's validator: one declarative
 * table that the README lists and the rule implementations read their severity from.
 *
 * `severity` is what the rule reports; `alsoWarns` names the case in which it reports a warning
 * instead. `clients` says whom the rule protects, `source` where the requirement comes from.
 */
export interface RuleDefinition {
  readonly id: string;
  readonly severity: Severity;
  readonly alsoWarns?: string;
  readonly description: string;
  readonly clients: string;
  readonly source: string;
}

export const ruleTable = [
  {
    id: 'gmail-size',
    severity: 'error',
    alsoWarns: 'from 90,000 bytes (both limits configurable with `sizeBudget`)',
    description: 'The HTML is at most 102,000 bytes of UTF-8.',
    clients: 'Gmail (web and apps) clips larger messages behind "[Message clipped]"; sending services add bytes when they rewrite links.',
    source: 'Gmail clips at about 102 KB (102 KiB is the usual figure).',
  },
  {
    id: 'style-placement',
    severity: 'error',
    description: 'Every `<style>` element is inside `<head>`.',
    clients: 'Gmail',
    source: 'https://www.caniemail.com/features/html-style/ (Gmail: "Not supported inside the <body>")',
  },
  {
    id: 'style-size',
    severity: 'error',
    description: 'All `<style>` elements together hold at most 16 KB (16,384 bytes of UTF-8).',
    clients: 'Gmail drops the whole `<style>` block when it is larger.',
    source: 'https://www.caniemail.com/features/html-style/ (note 6); hteumeuleu/email-bugs#90',
  },
  {
    id: 'style-nested-at-rule',
    severity: 'error',
    description: 'No at-rule inside another at-rule in `<style>` (e.g. `@media` inside `@supports`); one level of `@media` is fine.',
    clients: 'Gmail drops the whole `<style>` block.',
    source: 'Gmail style-block behaviour from the project\'s client-safety research (2026-11); caniemail does not track it',
  },
  {
    id: 'style-url',
    severity: 'error',
    description: 'No `url()` in `<style>`.',
    clients: 'Gmail drops the whole `<style>` block.',
    source: 'Gmail style-block behaviour from the project\'s client-safety research (2026-11); caniemail does not track it',
  },
  {
    id: 'style-class-name',
    severity: 'error',
    description: 'Class selectors in `<style>` contain no backslash escapes and do not start with a digit (`.sm\\:p-4`, `.2col`).',
    clients: 'Gmail drops the whole `<style>` block.',
    source: 'Gmail style-block behaviour from the project\'s client-safety research (2026-11); caniemail does not track it',
  },
  {
    id: 'class-needs-style',
    severity: 'error',
    description:
      'No element in `<body>` relies on a class for its essential look: a class used in the body must not be styled by a `<style>` rule outside any at-rule (rules inside `@media`/`@supports` are progressive enhancement; `[data-ogsc]`/`[data-ogsb]` rules are Outlook.com dark mode). Inline it instead.',
    clients: 'GMX and WEB.DE ignore `<style>` entirely; so does the Gmail app for non-Google accounts.',
    source: 'https://www.caniemail.com/features/html-style/ (GMX since 2023-07, WEB.DE since 2025-04)',
  },
  {
    id: 'client-support',
    severity: 'error',
    alsoWarns: 'when caniemail has no data to check a client (it throws); the finding names the client and the feature',
    description:
      'No HTML or CSS feature that caniemail marks as unsupported by one of the checked clients, except the entries of the allowlist (src/check/allowlist.ts). One finding per client and feature, with a count.',
    clients: 'Gmail web/iOS/Android, Outlook Windows/macOS/Outlook.com, Apple Mail macOS/iOS, Yahoo web, GMX web, WEB.DE web, Thunderbird',
    source: 'caniemail 2.0.2 data (https://www.caniemail.com)',
  },
  {
    id: 'outlook-mso-wrapper',
    severity: 'error',
    description:
      'A fixed-width wrapper exists: a `<table>` with a pixel `width` attribute of at least 480, either inside an `<!--[if mso]>` conditional comment or in the document itself.',
    clients: 'Outlook for Windows ignores `max-width`; without it the email spans the whole window.',
    source: 'https://www.caniemail.com/features/css-max-width/ (Outlook Windows: only on tables / not supported)',
  },
  {
    id: 'outlook-image-size',
    severity: 'error',
    description: 'Every `<img>` has numeric `width` and `height` attributes.',
    clients: 'Outlook for Windows shows images at their file size otherwise.',
    source: 'https://www.caniemail.com/features/html-width/ and html-height',
  },
  {
    id: 'outlook-button-padding',
    severity: 'error',
    description:
      'A link with inline padding (a button) also has `mso-padding-alt` in its style, or sits in a bulletproof structure hidden from Outlook (`<!--[if !mso]><!-->…<!--<![endif]-->`).',
    clients: 'Outlook for Windows ignores padding on `<a>`.',
    source: 'https://www.caniemail.com/features/css-padding/ (Outlook Windows: only table cells)',
  },
  {
    id: 'outlook-dpi',
    severity: 'error',
    description: 'The 96-DPI fix is present: `<o:PixelsPerInch>96</o:PixelsPerInch>` inside an `<!--[if gte mso 9]><xml>` block.',
    clients: 'Outlook for Windows scales pixel sizes on high-DPI screens otherwise.',
    source: 'Microsoft Office XML settings (o:OfficeDocumentSettings); common email practice',
  },
  {
    id: 'a11y-lang-dir',
    severity: 'error',
    description:
      '`lang` and `dir` on `<html>` and on the outer wrapper, with the same values. The outer wrapper is the first element child of `<body>` that is or contains a `<table>`, skipping the hidden preheader.',
    clients: 'Many webmails drop `<html>` (Roundcube, Gmail); screen readers then guess the language.',
    source: 'Email Markup Consortium accessibility checks; WCAG 3.1.1',
  },
  {
    id: 'a11y-title',
    severity: 'error',
    description: 'A non-empty `<title>` in `<head>`.',
    clients: 'Screen readers and "view in browser" tabs.',
    source: 'WCAG 2.4.2; Email Markup Consortium',
  },
  {
    id: 'a11y-table-role',
    severity: 'error',
    description: 'Every `<table>` has `role="presentation"` (or `none`), unless it is a data table with `<th>` cells.',
    clients: 'Screen readers announce layout tables as data otherwise.',
    source: 'WCAG 1.3.1; Email Markup Consortium',
  },
  {
    id: 'a11y-img-alt',
    severity: 'error',
    description: 'Every `<img>` has an `alt` attribute (`alt=""` for decorative images).',
    clients: 'Screen readers read the file name; with images blocked the alt text is all the reader sees.',
    source: 'WCAG 1.1.1',
  },
  {
    id: 'a11y-headings',
    severity: 'error',
    description: 'Exactly one `<h1>`; heading levels never skip on the way down (the first heading is an `<h1>`).',
    clients: 'Screen-reader navigation by headings.',
    source: 'WCAG 1.3.1, 2.4.6',
  },
  {
    id: 'a11y-link-name',
    severity: 'error',
    description:
      'Every visible link has an accessible name (aria-label, else its text without display:none parts, else its images\' alt) and that name is not only a vague phrase such as "hier", "Mehr…", "weiterlesen", "klicken Sie hier", "here", "read more", "click here", "more" (case and punctuation ignored).',
    clients: 'Screen readers list links out of context.',
    source: 'WCAG 2.4.4 (link purpose); German phrases added because checkers ship only English lists',
  },
  {
    id: 'a11y-font-size',
    severity: 'error',
    description:
      'Visible text is at least 14 px, in the footer (below `[data-nk-section="footer"]`) at least 12 px. The size is computed from inline `font-size` (px, pt, em, %, rem, keywords) and the default sizes of headings and `<small>`; hidden elements such as the preheader are exempt.',
    clients: 'All; small text is hard to read on phones.',
    source: 'Email Markup Consortium; common email accessibility guidance',
  },
  {
    id: 'href-scheme',
    severity: 'error',
    alsoWarns: 'for plain `http:` links',
    description:
      'Every `href` is absolute `https:`, `mailto:` or `tel:`, or is exactly one ESP merge tag: `{{name}}` / `{{{name}}}` (Handlebars, Liquid, Mustache), `*|NAME|*` (Mailchimp), `%%name%%` (Salesforce Marketing Cloud). Relative URLs, `#…`, `javascript:`, `data:` and empty hrefs are errors.',
    clients: 'All; relative links have no base in an inbox.',
    source: 'Email practice; mail clients resolve no base URL',
  },
  {
    id: 'img-src',
    severity: 'error',
    alsoWarns: 'for plain `http:` image URLs',
    description: 'Every `<img src>` is an absolute `https:` URL (or an ESP merge tag as for `href-scheme`); no `data:` URIs.',
    clients: 'All; Gmail and Outlook block `data:` images.',
    source: 'https://www.caniemail.com/features/image-base64/',
  },
  {
    id: 'unsubscribe-link',
    severity: 'error',
    description:
      'A visible link (not inside `display:none` etc.) whose accessible name matches /abmelden|abbestellen|unsubscribe/i or whose href contains "unsub".',
    clients: 'All; required by bulk-sender rules (Gmail/Yahoo 2024) and §7 UWG practice.',
    source: 'Gmail and Yahoo bulk-sender guidelines (2024); RFC 8058 covers the header, this covers the body',
  },
  {
    id: 'view-in-browser',
    severity: 'warning',
    description:
      'A link to the web version: name matching /im browser|webversion|web version|online (an)?sehen|online lesen|view (it )?(in|on) (your |the )?browser|view online/i.',
    clients: 'Readers whose client breaks the layout.',
    source: 'Common newsletter practice',
  },
  {
    id: 'preheader-length',
    severity: 'warning',
    description:
      'The preheader (the first element of `<body>` when it is hidden) has at most 150 characters of text, not counting the padding characters React Email\'s Preview appends (NBSP, U+200B–U+200F, U+2060, U+FEFF, U+034F, U+00AD, U+2007, U+180E).',
    clients: 'Inbox list previews show 35–140 characters; longer text is cut, not broken — so a warning.',
    source: 'Common email practice',
  },
  {
    id: 'impressum',
    severity: 'error',
    description:
      'When a legal footer (`[data-nk-section="footer"]`) is present, its text carries a name with legal form, a street and number, a postal code (DE 5 digits, AT/CH 4 digits with country prefix, UK postcode), an authorised representative ("Geschäftsführer:", "Vorstand:", "Vertreten durch", "Managing director", …), an e-mail address, and — when mentioned — both register court and register number, and a well-formed VAT ID (`DE` + 9 digits; other EU prefixes with a loose pattern).',
    clients: 'German law: § 5 Abs. 1 DDG (formerly § 5 TMG), § 27a UStG.',
    source: '§ 5 DDG; § 27a UStG',
  },
  {
    id: 'dark-mode-meta',
    severity: 'warning',
    description:
      'The document opts into dark mode consistently: `<meta name="color-scheme" content="light dark">`, `<meta name="supported-color-schemes" content="light dark">` and a `:root { color-scheme: light dark }` rule.',
    clients: 'Apple Mail, Outlook macOS, Thunderbird honour them; without them those clients invert or keep light. Missing dark mode is not broken, so a warning.',
    source: 'https://www.caniemail.com/features/html-meta-color-scheme/ and css-color-scheme',
  },
  {
    id: 'dark-mode-styles',
    severity: 'warning',
    description: 'An `@media (prefers-color-scheme: dark)` block and Outlook.com `[data-ogsc]`/`[data-ogsb]` rules exist.',
    clients: 'Apple Mail, Outlook macOS, Outlook.com, Samsung Email.',
    source: 'https://www.caniemail.com/features/css-at-media-prefers-color-scheme/ (note 3 for Outlook.com)',
  },
  {
    id: 'explicit-colors',
    severity: 'error',
    description:
      'Once the document declares a dark colour scheme (`color-scheme` meta or CSS containing "dark"): every visible text node resolves to an inline `color` on an ancestor-or-self inside `<body>` (`<body>` counts), and no `<a>` between the text and that ancestor lacks its own inline `color`; every element with an inline `color` has an ancestor-or-self inside `<body>` with an inline background colour (`background-color`, or a colour in `background`) or a `bgcolor` attribute.',
    clients: 'Thunderbird with a dark theme showed text without explicit colour light grey on the email\'s white background.',
    source: 'Observed in Thunderbird 153 (Debian) with a dark theme',
  },
] as const satisfies readonly RuleDefinition[];

export type RuleId = (typeof ruleTable)[number]['id'];

const byId = new Map<string, RuleDefinition>(ruleTable.map((rule) => [rule.id, rule]));

export function ruleDefinition(id: RuleId): RuleDefinition {
  const rule = byId.get(id);
  if (!rule) throw new RangeError(`Unknown rule "${id}"`);
  return rule;
}
