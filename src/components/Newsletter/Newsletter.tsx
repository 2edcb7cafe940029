import { Container } from '@react-email/container';
import { Head } from '@react-email/head';
import { Html } from '@react-email/html';
import { Preview } from '@react-email/preview';
import type { ReactNode } from 'react';
import * as z from 'zod';
import { isLocale, localeCodes, type Locale } from '../../i18n/registry';
import { choices, href, nonEmpty, validateProps, withoutDataAttributes } from '../../base/fields';
import { record } from '../../base/values';
import { paintWith, px, typography, usePaint, type Paint } from '../../layout/css';
import { darkModeCss } from '../../layout/darkMode';
import { Mso } from '../../layout/Mso';
import { webFontCss } from '../../layout/webFonts';
import { defaultTheme, type Theme } from '../../theme/theme';
import { assertTheme } from '../../theme/validate';
import { contextFor, NewsletterScope, useNewsletter, useRenderRecord } from '../../context';
import { DARK_MODE_SLOT, markup } from '../../base/markup';
import { ParsedInlineLink } from '../InlineLink/InlineLink';

const PREVIEW_MAX = 150;

export const newsletterSchema = record({
  /** Language of the issue: sets `lang`, every fixed label and the date format. @default 'de' */
  lang: z
    .custom<Locale>(isLocale, { error: (i) => `must be ${choices(localeCodes())}, got ${JSON.stringify(i.input)}` })
    .optional(),
  /** The document `<title>`; some clients show it, screen readers announce it. */
  title: nonEmpty,
  /** Inbox preview text (preheader), at most 150 characters. Not part of the plain-text body. */
  preview: nonEmpty.pipe(z.string().max(PREVIEW_MAX, { error: `must be at most ${PREVIEW_MAX} characters: inboxes cut the rest` })),
  /** The web version of this issue; renders the "view in browser" line above the column. */
  browserUrl: href.optional(),
}, 'an object { lang?, title, preview, browserUrl? }');

interface Frame {
  /** Colours, fonts and sizes. @default defaultTheme */
  theme?: Theme;
  /** The blocks, top to bottom. */
  children: ReactNode;
}

export type NewsletterProps = z.input<typeof newsletterSchema> & Frame;

/**
 * The whole email document: `<html>` with `lang`/`dir`, head (colour-scheme metas, dark-mode
 * rules, Outlook's DPI fix), the preheader, and a 600 px column that holds in every client.
 */
export function Newsletter({ theme, children, ...props }: NewsletterProps) {
  return (
    <ParsedNewsletter {...validateProps('Newsletter', newsletterSchema, withoutDataAttributes(props))} theme={theme}>
      {children}
    </ParsedNewsletter>
  );
}

/** `Newsletter` for props its schema has already parsed (`Issue` validates the whole issue once). */
export function ParsedNewsletter({ lang = 'de', title, preview, browserUrl, theme = defaultTheme, children }: z.output<typeof newsletterSchema> & Frame) {
  assertTheme(theme, 'Newsletter', 'theme');
  const ctx = contextFor(lang, theme);
  const rendering = useRenderRecord();
  // The dark-mode rules are written once the render knows which roles it painted; a tree
  // rendered without `renderEmail` gets the rules for every role.
  if (rendering) rendering.theme = theme;
  const paint: Paint = (roles, style) => paintWith(theme, roles, style, rendering);
  const width = theme.widths.container;
  const page = paint({ bg: 'page' });
  const fonts = webFontCss(theme);
  return (
    <NewsletterScope value={ctx}>
      <Html lang={ctx.lang} dir="ltr">
        <Head>
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="format-detection" content="telephone=no, date=no, address=no, email=no" />
          <meta name="color-scheme" content="light dark" />
          <meta name="supported-color-schemes" content="light dark" />
          <title>{title}</title>
          {fonts ? <style {...{ [markup.ownStyle]: '' }}>{fonts}</style> : null}
          <style {...{ [markup.ownStyle]: '' }}>{rendering ? DARK_MODE_SLOT : darkModeCss(theme)}</style>
          {/* Outlook for Windows scales images by the screen's DPI unless told 96. */}
          <Mso
            condition="gte mso 9"
            html="<xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml>"
          />
        </Head>
        {/* No class on <body>: Roundcube shows it as `div.rcmBody`, to which it scopes every rule
            of the email's <style>, and a class of the email's own replaces that one. The wrapper
            below carries the page's colour role. */}
        <body style={paintWith(theme, { bg: 'page' }, { margin: 0, padding: 0, width: '100%' }).style}>
          {/* `hidden` as well: Thunderbird's "simple HTML" view drops styles but honours it. */}
          <Preview hidden>{preview}</Preview>
          {/* Clients that drop <html> (webmail sanitizers) keep lang/dir from this wrapper. */}
          <div lang={ctx.lang} dir="ltr" role="article" aria-roledescription="email" aria-label={title} {...page}>
            {browserUrl ? <ViewInBrowser href={browserUrl} /> : null}
            {/* Outlook for Windows ignores max-width: a fixed 600 px table holds the column there. */}
            <Mso html={`<table role="presentation" width="${width}" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td>`} />
            {/* word-break is inherited by all text in the column: a long compound ("Registermodernisierungsgesetz")
                breaks instead of widening the column past a 320 px screen. */}
            <Container {...paint({ bg: 'surface' }, { maxWidth: px(width), margin: '0 auto', wordBreak: 'break-word' })}>
              {children}
            </Container>
            <Mso html="</td></tr></table>" />
          </div>
        </body>
      </Html>
    </NewsletterScope>
  );
}

function ViewInBrowser({ href }: { href: string }) {
  const { theme, labels } = useNewsletter();
  const paint = usePaint();
  const t = labels.viewInBrowser;
  const p = paint({ fg: 'muted' }, {
    ...typography(theme, 'small'),
    margin: 0,
    padding: `${theme.space.md}px ${theme.widths.gutter}px`,
    textAlign: 'center',
  });
  return (
    <p {...p}>
      {t.before}
      <ParsedInlineLink href={href} context={t.context} tone="muted">
        {t.link}
      </ParsedInlineLink>
      {t.after}
    </p>
  );
}
