import type { CheckOptions, RuleId } from '../../src/check';
import { mutate } from './helpers';

/**
 * One small mutation of the clean fixture per case. `expect` lists every `rule:severity` the
 * result must raise — no more, no fewer — so each hostile case proves that its rule fires and
 * that the others stay quiet. Cases with `expect: []` are the clean twins that must not fire.
 */
export interface RuleCase {
  rule: RuleId;
  name: string;
  html: string;
  options?: CheckOptions;
  expect: string[];
}

const P1 = '<p style="margin:0 0 16px;font-size:16px;line-height:24px">Liebe Leserinnen und Leser, hier sind die Neuigkeiten dieser Woche.</p>';
const STYLE_END = '</style>';
const MSO_OPEN = '<!--[if mso]><table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->';
const MSO_CLOSE = '<!--[if mso]></td></tr></table><![endif]-->';
const WRAPPER_OPEN = '<table lang="de" dir="ltr" class="nk-page" role="presentation" width="100%"';
const BUTTON_STYLE = 'style="display:inline-block;padding:12px 24px;mso-padding-alt:0;';
const BUTTON = /<a href="https:\/\/example\.org\/anmeldung"[^>]*>Zur Anmeldung für den Kongress<\/a>/;
const READ_MORE = '>Weiterlesen: Rechenzentren in der Krise</a>';
const UNSUBSCRIBE = '<a href="https://example.org/abmelden?id=1" style="color:#0b4f8a">Newsletter abbestellen</a>';
const IMPRESSUM = 'Musterverband e.V.<br>Vorstand: Dr. Erika Mustermann<br>Musterstraße 12<br>10117 Berlin';
const REGISTER = 'Registergericht: Amtsgericht Charlottenburg, Registernummer: VR 12345 B';
const FOOTER_CELL = '<td style="padding:16px;font-size:12px;line-height:18px">';
const withText = (text: string): string => mutate([P1, P1.replace('Liebe Leserinnen und Leser, hier sind die Neuigkeiten dieser Woche.', text)]);
const withStyle = (css: string): string => mutate([STYLE_END, `${css}\n${STYLE_END}`]);
const FACE = '@font-face{font-family:"Inter";src:url("https://example.org/fonts/inter.woff2") format("woff2");mso-font-alt:"Arial"}';
/** A <style> of web fonts of its own, and the first paragraph in the given stack. */
const withFonts = (css: string, stack?: string): string =>
  mutate(['</head>', `<style>${css}</style></head>`], ...(stack ? [[P1, P1.replace('style="', `style="font-family:${stack};`)] as [string, string]] : []));
const withHref = (href: string): string => mutate(['href="https://example.org/artikel/1"', `href="${href}"`]);
const LOGO = '<img src="https://example.org/logo.png" width="160" height="40" alt="Musterverband" style="display:block;border:0">';
const heroImage = (width: number, height: number): string =>
  `<img src="https://example.org/kongress-${width}x${height}.jpg" width="${width}" height="${height}" alt="Plakat: Zukunftskongress am 25. Februar, Anmeldung auf example.org" style="display:block;border:0">`;
const withImage = (width: number, height: number): string => mutate([LOGO, `${LOGO}${heroImage(width, height)}`]);
const LONGER_TEXT =
  'Der Zukunftskongress Bayern findet in diesem Jahr digital statt. Zwei Tage lang diskutieren Kommunen, Land und IT-Dienstleister, wie Verwaltungsleistungen bis Ende 2022 online gehen. Die Anmeldung ist bis zum 18. Februar geöffnet; die Aufzeichnungen stehen danach im Archiv.';

export const ruleCases: RuleCase[] = [
  // check-readable
  { rule: 'check-readable', name: 'CSS nested 40 brackets deep is not read, and said so', html: mutate(['</head>', `<style>a{width:${'calc('.repeat(40)}1px${')'.repeat(40)}}</style></head>`]), expect: ['check-readable:error'] },
  { rule: 'check-readable', name: 'a style attribute nested 40 deep likewise', html: withText(`Text <span style="width:${'('.repeat(40)}">x</span>`), expect: ['check-readable:error'] },
  { rule: 'check-readable', name: 'elements nested deeper than 512 are read side by side, with a warning', html: withText(`Text ${'<span>'.repeat(600)}x${'</span>'.repeat(600)}`), expect: ['check-readable:warning'] },
  { rule: 'check-readable', name: 'more than 4,096 open elements are not parsed at all', html: withText(`Text ${'<div>'.repeat(5000)}`), expect: ['check-readable:error'] },
  { rule: 'check-readable', name: 'CSS nested 32 deep is still read', html: withStyle(`@media screen{a{width:${'calc('.repeat(28)}1px${')'.repeat(28)}}}`), expect: [] },

  // gmail-size
  { rule: 'gmail-size', name: 'over 102,000 bytes is an error', html: withText('x '.repeat(51_000)), expect: ['gmail-size:error'] },
  { rule: 'gmail-size', name: 'over 90,000 bytes is a warning', html: withText('x '.repeat(45_000)), expect: ['gmail-size:warning'] },
  { rule: 'gmail-size', name: 'the budget is configurable', html: mutate(), options: { sizeBudget: { error: 4_000, warning: 3_000 } }, expect: ['gmail-size:error'] },
  { rule: 'gmail-size', name: 'the warning budget is configurable', html: mutate(), options: { sizeBudget: { error: 100_000, warning: 3_000 } }, expect: ['gmail-size:warning'] },

  // <style>
  { rule: 'style-placement', name: '<style> in <body>', html: mutate([P1, `<style>@media (max-width: 620px) { .nk-pad { padding: 8px !important; } }</style>${P1}`]), expect: ['style-placement:error'] },
  {
    rule: 'style-size',
    name: '<style> over 16 KB',
    html: withStyle(`@media (max-width: 620px) { ${Array.from({ length: 400 }, (_, i) => `.nk-pad${i} { padding-left: 16px !important; }`).join(' ')} }`),
    expect: ['style-size:error'],
  },
  { rule: 'style-nested-at-rule', name: '@media inside @media', html: withStyle('@media screen { @media (max-width: 620px) { .nk-pad { padding: 8px !important; } } }'), expect: ['style-nested-at-rule:error'] },
  { rule: 'style-nested-at-rule', name: 'one level of @media is fine', html: withStyle('@media screen and (max-width: 620px) { .nk-pad { padding: 8px !important; } }'), expect: [] },
  { rule: 'style-url', name: 'url() in <style>', html: withStyle('@media (max-width: 620px) { .nk-pad { background-image: url("https://example.org/bg.png") !important; } }'), expect: ['style-url:error'] },
  // CSS comments are a client-support finding for GMX/WEB.DE on their own; this case is about url().
  { rule: 'style-url', name: 'url in a CSS comment does not count', html: withStyle('/* see url(https://example.org) */'), options: { clients: ['gmail.desktop-webmail'] }, expect: [] },
  { rule: 'style-url', name: 'a <style> of web fonts alone may hold url()', html: withFonts(FACE), expect: [] },

  // web-font
  { rule: 'web-font', name: '@font-face in the <style> of other rules', html: withStyle(FACE), expect: ['style-url:error', 'web-font:error'] },
  { rule: 'web-font', name: '@font-face without mso-font-alt', html: withFonts(FACE.replace(';mso-font-alt:"Arial"', '')), expect: ['web-font:error'] },
  { rule: 'web-font', name: '@font-face over http', html: withFonts(FACE.replace('https:', 'http:')), expect: ['web-font:error'] },
  { rule: 'web-font', name: 'a stack that ends with the web font', html: withFonts(FACE, 'Inter'), expect: ['web-font:error'] },
  { rule: 'web-font', name: 'a stack with a fallback and a generic family', html: withFonts(FACE, 'Inter, Arial, sans-serif'), expect: [] },
  { rule: 'style-class-name', name: 'escaped class name', html: withStyle('@media (max-width: 620px) { .sm\\:p-4 { padding: 8px !important; } }'), expect: ['style-class-name:error'] },
  { rule: 'style-class-name', name: 'digit-leading class name', html: withStyle('@media (max-width: 620px) { .2col { width: 100% !important; } }'), expect: ['style-class-name:error'] },
  { rule: 'class-needs-style', name: 'class styled outside @media', html: withStyle('.nk-pad { padding: 24px 32px; }'), expect: ['class-needs-style:error'] },
  { rule: 'class-needs-style', name: 'class styled only in @media and [data-ogsc] rules', html: mutate(), expect: [] },

  // client-support (details in client-support.test.ts)
  { rule: 'client-support', name: 'display:flex breaks Outlook for Windows', html: mutate([FOOTER_CELL, FOOTER_CELL.replace('padding:16px;', 'padding:16px;display:flex;')]), options: { clients: ['outlook.windows'] }, expect: ['client-support:error'] },
  { rule: 'client-support', name: 'a feature caniemail has no data for in a client is an error', html: withText('<span style="word-wrap:break-word">Text</span>'), options: { clients: ['gmx.desktop-webmail'] }, expect: ['client-support:error'] },

  // Outlook for Windows
  { rule: 'outlook-mso-wrapper', name: 'no fixed-width wrapper', html: mutate([MSO_OPEN, ''], [MSO_CLOSE, '']), expect: ['outlook-mso-wrapper:error'] },
  { rule: 'outlook-mso-wrapper', name: 'a width="600" attribute on the wrapper also works', html: mutate([MSO_OPEN, ''], [MSO_CLOSE, ''], [WRAPPER_OPEN, WRAPPER_OPEN.replace('width="100%"', 'width="600"')]), expect: [] },
  { rule: 'outlook-image-size', name: 'image without height attribute', html: mutate([' height="40"', '']), expect: ['outlook-image-size:error'] },
  { rule: 'outlook-image-size', name: 'image with width="160px"', html: mutate([' width="160"', ' width="160px"']), expect: ['outlook-image-size:error'] },
  { rule: 'outlook-button-padding', name: 'button link without mso-padding-alt', html: mutate([BUTTON_STYLE, 'style="display:inline-block;padding:12px 24px;']), expect: ['outlook-button-padding:error'] },
  {
    rule: 'outlook-button-padding',
    name: 'bulletproof VML twin hides the padded link from Outlook',
    html: mutate([
      BUTTON,
      (link) =>
        '<!--[if mso]><v:rect xmlns:v="urn:schemas-microsoft-com:vml" fill="true" stroke="false" style="height:44px;v-text-anchor:middle;width:260px;"><v:fill color="#0b4f8a"/><center style="color:#ffffff;font-size:16px;">Zur Anmeldung für den Kongress</center></v:rect><![endif]-->' +
        `<!--[if !mso]><!-->${link.replace('mso-padding-alt:0;', '')}<!--<![endif]-->`,
    ]),
    expect: [],
  },
  {
    rule: 'outlook-button-padding',
    name: 'padded cell with mso-padding-alt around the link',
    html: mutate([BUTTON_STYLE, 'style="display:inline-block;padding:12px 24px;'], ['<td class="nk-cta" style="background-color:#0b4f8a">', '<td class="nk-cta" style="background-color:#0b4f8a;mso-padding-alt:12px 24px">']),
    expect: [],
  },
  { rule: 'outlook-dpi', name: 'no PixelsPerInch fix', html: mutate([/<!--\[if gte mso 9\]>[\s\S]*?<!\[endif\]-->/, '']), expect: ['outlook-dpi:error'] },

  // accessibility
  { rule: 'a11y-lang-dir', name: 'no lang on the outer wrapper', html: mutate([WRAPPER_OPEN, WRAPPER_OPEN.replace('lang="de" ', '')]), expect: ['a11y-lang-dir:error'] },
  { rule: 'a11y-lang-dir', name: 'no dir on <html>', html: mutate(['<html lang="de" dir="ltr"', '<html lang="de"']), expect: ['a11y-lang-dir:error'] },
  { rule: 'a11y-lang-dir', name: 'wrapper language differs from <html>', html: mutate([WRAPPER_OPEN, WRAPPER_OPEN.replace('lang="de"', 'lang="en"')]), expect: ['a11y-lang-dir:error'] },
  { rule: 'a11y-title', name: 'empty <title>', html: mutate(['<title>Musterticker Nr. 1</title>', '<title> </title>']), expect: ['a11y-title:error'] },
  { rule: 'a11y-table-role', name: 'layout table without role', html: mutate(['<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tbody><tr><td class="nk-cta" style="background-color:#0b4f8a">', '<table cellpadding="0" cellspacing="0" border="0"><tbody><tr><td class="nk-cta" style="background-color:#0b4f8a">']), expect: ['a11y-table-role:error'] },
  { rule: 'a11y-table-role', name: 'a data table with <th> needs no role', html: withText('</p><table><tbody><tr><th>Datum</th><th>Termin</th></tr><tr><td>25.02.</td><td>Zukunftskongress</td></tr></tbody></table><p style="font-size:16px">'), expect: [] },
  { rule: 'a11y-img-alt', name: 'image without alt', html: mutate([' alt="Musterverband"', '']), expect: ['a11y-img-alt:error'] },
  { rule: 'a11y-headings', name: 'two <h1>', html: mutate([/<h2([^>]*)>Rechenzentren in der Krise<\/h2>/, '<h1$1>Rechenzentren in der Krise</h1>']), expect: ['a11y-headings:error'] },
  { rule: 'a11y-headings', name: 'skipped level h1 → h3', html: mutate([/<h2([^>]*)>Rechenzentren in der Krise<\/h2>/, '<h3$1>Rechenzentren in der Krise</h3>']), expect: ['a11y-headings:error'] },
  { rule: 'a11y-link-name', name: '"Mehr…" alone', html: mutate([READ_MORE, '>Mehr…</a>']), expect: ['a11y-link-name:error'] },
  { rule: 'a11y-link-name', name: '"klicken Sie bitte hier"', html: mutate([READ_MORE, '>Klicken Sie bitte hier!</a>']), expect: ['a11y-link-name:error'] },
  { rule: 'a11y-link-name', name: '"Read more »"', html: mutate([READ_MORE, '>Read more »</a>']), expect: ['a11y-link-name:error'] },
  { rule: 'a11y-link-name', name: '"Mehr…" whose description is display:none', html: mutate([READ_MORE, '>Mehr…<span style="display:none"> (Rechenzentren in der Krise)</span></a>']), expect: ['a11y-link-name:error'] },
  { rule: 'a11y-link-name', name: '"Mehr…" with a font-size:0 description for screen readers passes', html: mutate([READ_MORE, '>Mehr…<span class="nk-link" style="font-size:0;line-height:0;color:#0b4f8a"> (Rechenzentren in der Krise)</span></a>']), expect: [] },
  { rule: 'a11y-link-name', name: 'image link with empty alt has no name', html: mutate([READ_MORE, '><img src="https://example.org/pfeil.png" width="16" height="16" alt=""></a>']), expect: ['a11y-link-name:error'] },
  {
    rule: 'a11y-link-name',
    name: '"Mehr…" with a descriptive aria-label passes (clients limited: aria-label is its own client-support finding)',
    html: mutate([READ_MORE, ' aria-label="Mehr: Rechenzentren in der Krise">Mehr…</a>']),
    options: { clients: ['gmail.desktop-webmail'] },
    expect: [],
  },
  { rule: 'a11y-font-size', name: '13px body text', html: mutate([P1, P1.replace('font-size:16px', 'font-size:13px')]), expect: ['a11y-font-size:error'] },
  { rule: 'a11y-font-size', name: '10pt body text is 13.33px', html: mutate([P1, P1.replace('font-size:16px', 'font-size:10pt')]), expect: ['a11y-font-size:error'] },
  { rule: 'a11y-font-size', name: 'nested 0.8em of 16px is 12.8px', html: withText('Liebe <span style="font-size:0.8em">Leserinnen</span>'), expect: ['a11y-font-size:error'] },
  { rule: 'a11y-font-size', name: '11px footer text', html: mutate([FOOTER_CELL, FOOTER_CELL.replace('font-size:12px', 'font-size:11px')]), expect: ['a11y-font-size:error'] },
  { rule: 'a11y-font-size', name: '12px text is fine in the footer only', html: mutate(), expect: [] },

  { rule: 'a11y-contrast', name: 'light grey body text on white', html: mutate([P1, P1.replace('<p style="', '<p class="nk-text" style="').replace('font-size:16px;', 'font-size:16px;color:#aaaaaa;')]), expect: ['a11y-contrast:error'] },
  { rule: 'a11y-contrast', name: 'large bold text needs only 3:1', html: mutate([P1, P1.replace('<p style="', '<p class="nk-text" style="').replace('font-size:16px;', 'font-size:19px;font-weight:700;color:#888888;')]), expect: [] },

  // content
  { rule: 'href-scheme', name: 'relative href', html: withHref('/artikel/1'), expect: ['href-scheme:error'] },
  // caniemail also flags local anchors for Gmail iOS: both findings are right.
  { rule: 'href-scheme', name: 'href="#"', html: withHref('#'), expect: ['client-support:error', 'href-scheme:error'] },
  { rule: 'href-scheme', name: 'javascript: href', html: withHref('javascript:alert(1)'), expect: ['href-scheme:error'] },
  { rule: 'href-scheme', name: 'merge tag {{url}}', html: withHref('{{article_url}}'), expect: [] },
  { rule: 'href-scheme', name: 'merge tag *|ARCHIVE|*', html: withHref('*|ARCHIVE|*'), expect: [] },
  { rule: 'href-scheme', name: 'merge tag %%view_email_url%%', html: withHref('%%view_email_url%%'), expect: [] },
  { rule: 'img-src', name: 'relative image src', html: mutate(['src="https://example.org/logo.png"', 'src="logo.png"']), expect: ['img-src:error'] },
  { rule: 'img-src', name: 'plain http image is a warning', html: mutate(['src="https://example.org/logo.png"', 'src="http://example.org/logo.png"']), expect: ['img-src:warning'] },
  { rule: 'unsubscribe-link', name: 'no unsubscribe link', html: mutate([UNSUBSCRIBE, '<a href="https://example.org/einstellungen" style="color:#0b4f8a">Einstellungen</a>']), expect: ['unsubscribe-link:error'] },
  { rule: 'unsubscribe-link', name: 'unsubscribe link hidden with display:none', html: mutate([UNSUBSCRIBE, `<span style="display:none">${UNSUBSCRIBE}</span>`]), expect: ['unsubscribe-link:error'] },
  { rule: 'unsubscribe-link', name: 'merge tag *|UNSUB|* counts', html: mutate([UNSUBSCRIBE, '<a href="*|UNSUB|*" style="color:#0b4f8a">Einstellungen und Abmeldung</a>']), expect: [] },
  { rule: 'unsubscribe-link', name: 'merge tag {{unsubscribe_url}} counts', html: mutate([UNSUBSCRIBE, '<a href="{{unsubscribe_url}}" style="color:#0b4f8a">Einstellungen</a>']), expect: [] },
  { rule: 'view-in-browser', name: 'no web-version link', html: mutate(['>Im Browser ansehen</a>', '>Ausgabe 1 online</a>']), expect: ['view-in-browser:warning'] },
  { rule: 'preheader-length', name: 'preheader over 150 characters', html: mutate(['Neues aus der Branche: Rechenzentren, Impfzentren und Mängelmelder', 'Neues aus der Branche: '.repeat(7)]), expect: ['preheader-length:warning'] },
  {
    rule: 'preheader-length',
    name: 'padding characters do not count',
    html: mutate(['<div> &#8203;', `<div> ${'&#8203;&#8204;&#8205;&#8206;&#8207;&#65279;&#847;&#173;&#8199;&nbsp;'.repeat(60)}&#8203;`]),
    expect: [],
  },

  // link-domain-mismatch
  {
    rule: 'link-domain-mismatch',
    name: 'link text shows the sender\'s domain, the href is a click-tracking redirect',
    html: withText('Alle Termine finden Sie unter <a class="nk-link" href="https://click.mailing-dienst.de/r/8f3a2?u=https%3A%2F%2Fwww.example.org%2Ftermine" style="color:#0b4f8a">www.example.org/termine</a>.'),
    expect: ['link-domain-mismatch:error'],
  },
  {
    rule: 'link-domain-mismatch',
    name: 'link text is a bank\'s URL, the href another domain (phishing)',
    html: withText('Bitte bestätigen Sie Ihre Daten: <a class="nk-link" href="https://sparkasse-sicherheit.com/login" style="color:#0b4f8a">https://www.sparkasse.de/login</a>'),
    expect: ['link-domain-mismatch:error'],
  },
  {
    rule: 'link-domain-mismatch',
    name: 'two sites under one public suffix (co.uk) are two domains',
    html: withText('Read the report at <a class="nk-link" href="https://www.itv.co.uk/news/report" style="color:#0b4f8a">www.bbc.co.uk/news</a>'),
    expect: ['link-domain-mismatch:error'],
  },
  {
    rule: 'link-domain-mismatch',
    name: 'a domain mentioned in longer link text is a warning',
    html: mutate([READ_MORE, '>Weiterlesen auf heise.de: Rechenzentren in der Krise</a>']),
    expect: ['link-domain-mismatch:warning'],
  },
  {
    rule: 'link-domain-mismatch',
    name: 'an intended redirect on the allowlist',
    html: withText('Alle Termine finden Sie unter <a class="nk-link" href="https://click.mailing-dienst.de/r/8f3a2?u=https%3A%2F%2Fwww.example.org%2Ftermine" style="color:#0b4f8a">www.example.org/termine</a>.'),
    options: { allowlist: [{ rule: 'link-domain-mismatch', matching: /^https:\/\/click\.mailing-dienst\.de\//, reason: 'Our mailing service counts clicks; the redirect is documented in our privacy notice.' }] },
    expect: [],
  },
  { rule: 'link-domain-mismatch', name: 'www. in the text, none in the href', html: withText('Mehr unter <a class="nk-link" href="https://example.org/termine" style="color:#0b4f8a">www.example.org/termine</a>'), expect: [] },
  { rule: 'link-domain-mismatch', name: 'other subdomain of the same registrable domain', html: withText('Das Archiv: <a class="nk-link" href="https://www.example.org/archiv" style="color:#0b4f8a">newsletter.example.org/archiv</a>'), expect: [] },
  { rule: 'link-domain-mismatch', name: 'click tracking on the sender\'s own domain', html: withText('Mehr unter <a class="nk-link" href="https://click.example.org/r/8f3a2" style="color:#0b4f8a">www.example.org/termine</a>'), expect: [] },
  { rule: 'link-domain-mismatch', name: 'IDN in the text, punycode in the href', html: withText('Bestellen bei <a class="nk-link" href="https://www.xn--bcher-kva.de/" style="color:#0b4f8a">www.bücher.de</a>'), expect: [] },
  { rule: 'link-domain-mismatch', name: 'mailto text shows the address it writes to', html: withText('Leserbriefe an <a class="nk-link" href="mailto:leserbriefe@example.org" style="color:#0b4f8a">Leserbriefe@Example.org</a>'), expect: [] },
  { rule: 'link-domain-mismatch', name: 'merge-tag href: the target is filled in by the mailing service', html: withText('Online lesen: <a class="nk-link" href="{{web_version_url}}" style="color:#0b4f8a">www.example.org/ausgabe/1</a>'), expect: [] },
  { rule: 'link-domain-mismatch', name: 'a product name with a dot is not a domain', html: withText('Neu in <a class="nk-link" href="https://learn.microsoft.com/aspnet/core" style="color:#0b4f8a">ASP.NET Core 9 und Node.js</a>'), expect: [] },

  // url-shortener
  { rule: 'url-shortener', name: 'button through bit.ly', html: mutate(['href="https://example.org/anmeldung"', 'href="https://bit.ly/3Kx9QzT"']), expect: ['url-shortener:warning'] },
  { rule: 'url-shortener', name: 'link through t.co', html: withHref('https://t.co/Hx8aPq2LmN'), expect: ['url-shortener:warning'] },
  { rule: 'url-shortener', name: 'a subdomain of a wildcard entry (Firebase page.link)', html: withHref('https://musterverband.page.link/kongress'), expect: ['url-shortener:warning'] },
  { rule: 'url-shortener', name: 'a DOI link is a citation, not a shortener', html: withHref('https://doi.org/10.1007/978-3-658-23669-4'), expect: [] },
  { rule: 'url-shortener', name: 'a shortener named in a path is no shortener', html: withHref('https://example.org/artikel/bit.ly-und-datenschutz'), expect: [] },
  {
    rule: 'url-shortener',
    name: 'Mailchimp archive link on the allowlist',
    html: withHref('https://eepurl.com/hQx9Pb'),
    options: { allowlist: [{ rule: 'url-shortener', matching: /^https:\/\/eepurl\.com\//, reason: 'Mailchimp\'s own links to past issues in its archive' }] },
    expect: [],
  },

  // http-link
  { rule: 'http-link', name: 'plain http article link is a warning', html: withHref('http://example.org/artikel/1'), expect: ['http-link:warning'] },
  { rule: 'http-link', name: 'plain http unsubscribe link is an error', html: mutate(['href="https://example.org/abmelden?id=1"', 'href="http://example.org/abmelden?id=1"']), expect: ['http-link:error'] },
  {
    rule: 'http-link',
    name: 'a form that posts over http is an error',
    html: withText('Ihre Meinung: <form action="http://example.org/umfrage" method="post"><input type="hidden" name="id" value="1"></form>'),
    options: { clients: ['apple-mail.macos'] },
    expect: ['http-link:error'],
  },
  { rule: 'http-link', name: 'http only in the link text', html: mutate([READ_MORE, '>Weiterlesen: http://example.org/artikel/1</a>']), expect: [] },
  {
    rule: 'http-link',
    name: 'an archive without https on the allowlist',
    html: withHref('http://archiv.example.org/1998/ausgabe-1.html'),
    options: { allowlist: [{ rule: 'http-link', matching: /^http:\/\/archiv\.example\.org\//, reason: 'The 1998 archive server cannot serve https; it holds no personal data.' }] },
    expect: [],
  },

  // subject-shouting
  { rule: 'subject-shouting', name: 'capital words in the <title>', html: mutate(['<title>Musterticker Nr. 1</title>', '<title>JETZT ANMELDEN: Zukunftskongress 2021</title>']), expect: ['subject-shouting:warning'] },
  { rule: 'subject-shouting', name: 'an all-caps subject (options.subject)', html: mutate(), options: { subject: 'URGENT: ACTION REQUIRED ON YOUR MEMBERSHIP' }, expect: ['subject-shouting:warning'] },
  { rule: 'subject-shouting', name: '"Dringend"', html: mutate(), options: { subject: 'Dringend: Ihre Rückmeldung zum Kongress' }, expect: ['subject-shouting:warning'] },
  { rule: 'subject-shouting', name: '"Kostenloses" (declined)', html: mutate(), options: { subject: 'Kostenloses Webinar: OZG-Umsetzung in Kommunen' }, expect: ['subject-shouting:warning'] },
  { rule: 'subject-shouting', name: 'piled-up exclamation marks', html: mutate(), options: { subject: 'Die neue Ausgabe ist da!!!' }, expect: ['subject-shouting:warning'] },
  { rule: 'subject-shouting', name: 'acronyms are not shouting', html: mutate(), options: { subject: 'IT-Planungsrat: OZG-Bilanz, DSGVO-Leitfaden und KI im ÖPNV' }, expect: [] },
  { rule: 'subject-shouting', name: '"ab sofort" and questions are ordinary', html: mutate(), options: { subject: 'Ab sofort: Anmeldung zum Kongress – wer ist dabei? Was ist neu?' }, expect: [] },
  {
    rule: 'subject-shouting',
    name: 'options.subject is what is judged, not a shouting <title>',
    html: mutate(['<title>Musterticker Nr. 1</title>', '<title>JETZT ANMELDEN</title>']),
    options: { subject: 'Musterticker Nr. 1: Anmeldung zum Kongress' },
    expect: [],
  },
  {
    rule: 'subject-shouting',
    name: 'a fixed series name on the allowlist',
    html: mutate(),
    options: { subject: 'KOSTENLOS & DRAUSSEN: Sommerprogramm', allowlist: [{ rule: 'subject-shouting', matching: /^KOSTENLOS & DRAUSSEN:/, reason: 'The name of our summer series, spelt as on its posters.' }] },
    expect: [],
  },

  // image-text-ratio
  { rule: 'image-text-ratio', name: 'a poster image with a few lines', html: withImage(552, 2400), expect: ['image-text-ratio:warning'] },
  { rule: 'image-text-ratio', name: 'a short text beside a large hero image', html: withImage(600, 300), expect: ['image-text-ratio:warning'] },
  { rule: 'image-text-ratio', name: 'a hero image above a real text', html: mutate([P1, `${P1}<p style="margin:0 0 16px;font-size:16px;line-height:24px">${LONGER_TEXT}</p>`], [LOGO, `${LOGO}${heroImage(600, 300)}`]), expect: [] },
  { rule: 'image-text-ratio', name: 'a short text with only a logo', html: mutate(), expect: [] },
  { rule: 'image-text-ratio', name: 'an image-led issue on the allowlist', html: withImage(552, 2400), options: { allowlist: [{ rule: 'image-text-ratio', reason: 'The annual poster issue; its text is in the alt text and the text part.' }] }, expect: [] },

  // Impressum: missing or provably wrong is an error, the merely implausible a warning
  { rule: 'impressum', name: 'no legal form', html: mutate([IMPRESSUM, IMPRESSUM.replace('Musterverband e.V.', 'Musterverband')]), expect: ['impressum:warning'] },
  { rule: 'impressum', name: 'no street address', html: mutate([IMPRESSUM, IMPRESSUM.replace('Musterstraße 12<br>', '')]), expect: ['impressum:warning'] },
  { rule: 'impressum', name: 'a Postfach instead of the street', html: mutate([IMPRESSUM, IMPRESSUM.replace('Musterstraße 12', 'Postfach 1234')]), expect: ['impressum:warning'] },
  { rule: 'impressum', name: 'a Postfach beside the street: fine', html: mutate([IMPRESSUM, IMPRESSUM.replace('Musterstraße 12', 'Musterstraße 12<br>Postfach 1234')]), expect: [] },
  { rule: 'impressum', name: 'no postal code', html: mutate([IMPRESSUM, IMPRESSUM.replace('10117 Berlin', 'Berlin')]), expect: ['impressum:warning'] },
  { rule: 'impressum', name: 'a German postal code of four digits', html: mutate([IMPRESSUM, IMPRESSUM.replace('10117 Berlin', '1011 Berlin<br>Deutschland')]), expect: ['impressum:error'] },
  { rule: 'impressum', name: 'four digits with no country line: maybe the country line is missing', html: mutate([IMPRESSUM, IMPRESSUM.replace('10117 Berlin', '1011 Berlin')]), expect: ['impressum:warning'] },
  { rule: 'impressum', name: 'four digits are right in Austria', html: mutate([IMPRESSUM, IMPRESSUM.replace('10117 Berlin', '1010 Wien<br>Österreich')]), expect: [] },
  { rule: 'impressum', name: 'a Dutch postcode', html: mutate([IMPRESSUM, IMPRESSUM.replace('10117 Berlin', '1011 PN Amsterdam<br>Nederland')]), expect: [] },
  { rule: 'impressum', name: 'no representative', html: mutate([IMPRESSUM, IMPRESSUM.replace('Vorstand: Dr. Erika Mustermann<br>', '')]), expect: ['impressum:warning'] },
  { rule: 'impressum', name: 'a Verbandsvorsteher represents a Zweckverband', html: mutate([IMPRESSUM, IMPRESSUM.replace('Vorstand:', 'Verbandsvorsteher:')]), expect: [] },
  { rule: 'impressum', name: 'no e-mail address', html: mutate([/<p style="margin:0 0 8px">E-Mail: .*?<\/p>/, '']), expect: ['impressum:error'] },
  { rule: 'impressum', name: 'register court without number', html: mutate([REGISTER, 'Registergericht: Amtsgericht Charlottenburg']), expect: ['impressum:warning'] },
  { rule: 'impressum', name: 'a registered form without register', html: mutate([`${REGISTER}<br>`, '']), expect: ['impressum:warning'] },
  { rule: 'impressum', name: 'German VAT ID with 8 digits', html: mutate(['USt-IdNr.: DE136695976', 'USt-IdNr.: DE13669597']), expect: ['impressum:warning'] },
  { rule: 'impressum', name: 'German VAT ID with a wrong check digit', html: mutate(['USt-IdNr.: DE136695976', 'USt-IdNr.: DE136695977']), expect: ['impressum:error'] },
  { rule: 'impressum', name: 'an Austrian VAT ID tells the jurisdiction of an address without country line', html: mutate(['USt-IdNr.: DE136695976', 'USt-IdNr.: ATU13585627'], [IMPRESSUM, IMPRESSUM.replace('10117 Berlin', '1010 Wien')]), expect: [] },
  { rule: 'impressum', name: 'an Austrian VAT ID beside a German address: the postal code is only doubtful', html: mutate(['USt-IdNr.: DE136695976', 'USt-IdNr.: ATU13585627']), expect: ['impressum:warning'] },
  { rule: 'impressum', name: 'VAT ID with spaces as printed', html: mutate(['USt-IdNr.: DE136695976', 'USt-IdNr.: DE 136 695 976']), expect: [] },
  { rule: 'impressum', name: 'no register, no VAT ID mentioned: a warning for the registered form', html: mutate([`${REGISTER}<br>USt-IdNr.: DE136695976`, '']), expect: ['impressum:warning'] },
  {
    rule: 'impressum',
    name: 'a public-law body without supervisory authority',
    html: mutate([IMPRESSUM, IMPRESSUM.replace('Musterverband e.V.', 'Zweckverband Musterwasser').replace('Vorstand:', 'Verbandsvorsteher:')], [`${REGISTER}<br>`, '']),
    expect: ['impressum:warning'],
  },
  {
    rule: 'impressum',
    name: 'a public-law body with its supervisory authority',
    html: mutate([IMPRESSUM, IMPRESSUM.replace('Musterverband e.V.', 'Zweckverband Musterwasser').replace('Vorstand:', 'Verbandsvorsteher:')], [REGISTER, 'Aufsichtsbehörde: Bezirksregierung Detmold']),
    expect: [],
  },
  { rule: 'impressum', name: 'a finding the email accepts itself (data-nk-accept)', html: mutate([' data-nk-section="footer"', ' data-nk-section="footer" data-nk-accept="impressum/street"'], [IMPRESSUM, IMPRESSUM.replace('Musterstraße 12<br>', '')]), expect: [] },
  { rule: 'impressum', name: 'no marked legal footer: impressum does not judge it', html: mutate([' data-nk-section="footer"', '']), expect: ['a11y-font-size:error'] },

  // legal-footer
  { rule: 'legal-footer', name: 'an unmarked footer with a complete Impressum counts (third-party HTML)', html: mutate([' data-nk-section="footer"', '']), expect: ['a11y-font-size:error'] },
  { rule: 'legal-footer', name: 'no marked footer and no Impressum in the text', html: mutate([' data-nk-section="footer"', ''], [IMPRESSUM, 'Musterverband']), expect: ['a11y-font-size:error', 'legal-footer:error'] },
  { rule: 'legal-footer', name: 'a marked footer leaves the judging to impressum', html: mutate([IMPRESSUM, 'Musterverband']), expect: ['impressum:warning'] },

  // dark mode
  { rule: 'dark-mode-meta', name: 'no supported-color-schemes meta', html: mutate(['<meta name="supported-color-schemes" content="light dark">', '']), expect: ['dark-mode-meta:warning'] },
  { rule: 'dark-mode-meta', name: 'no :root color-scheme rule', html: mutate([':root { color-scheme: light dark; supported-color-schemes: light dark; }', '']), expect: ['dark-mode-meta:warning'] },
  { rule: 'dark-mode-styles', name: 'no prefers-color-scheme block', html: mutate([/@media \(prefers-color-scheme: dark\).*\n/, '']), expect: ['dark-mode-styles:warning'] },
  { rule: 'dark-mode-styles', name: 'no Outlook.com [data-ogsc]/[data-ogsb] rules', html: mutate([/\[data-ogsb\].*\n(?:\[data-ogsc\].*\n)+/, '']), expect: ['dark-mode-styles:warning'] },
  {
    rule: 'explicit-colors',
    name: 'text without any inline color',
    html: mutate(['background-color:#ffffff;color:#1a1a1a">\n<div', 'background-color:#ffffff">\n<div'], ['style="max-width:600px;margin:0 auto;background-color:#ffffff;color:#1a1a1a"', 'style="max-width:600px;margin:0 auto;background-color:#ffffff"']),
    expect: ['explicit-colors:error'],
  },
  { rule: 'explicit-colors', name: 'link without its own color', html: mutate([UNSUBSCRIBE, UNSUBSCRIBE.replace(' style="color:#0b4f8a"', '')]), expect: ['explicit-colors:error'] },
  {
    rule: 'explicit-colors',
    name: 'color without any background behind it',
    html: mutate(['background-color:#ffffff;color:#1a1a1a">\n<div', 'color:#1a1a1a">\n<div'], ['style="max-width:600px;margin:0 auto;background-color:#ffffff;color:#1a1a1a"', 'style="max-width:600px;margin:0 auto;color:#1a1a1a"']),
    expect: ['explicit-colors:error'],
  },
  {
    rule: 'explicit-colors',
    name: 'not required without a dark colour scheme',
    html: mutate(
      ['<meta name="color-scheme" content="light dark">', ''],
      ['<meta name="supported-color-schemes" content="light dark">', ''],
      [':root { color-scheme: light dark; supported-color-schemes: light dark; }', ''],
      [UNSUBSCRIBE, UNSUBSCRIBE.replace(' style="color:#0b4f8a"', '')],
    ),
    expect: ['dark-mode-meta:warning'],
  },
  {
    rule: 'dark-mode-swap',
    name: "an app's block with an inline white background and no colour role: its text turns light on white",
    html: mutate([P1, `<table role="presentation" width="100%"><tbody><tr><td style="background-color:#ffffff;padding:16px">${P1}</td></tr></tbody></table>`]),
    expect: ['dark-mode-swap:error'],
  },
  {
    rule: 'dark-mode-swap',
    name: 'text colour painted inline without a rule on a swapped background',
    html: mutate([P1, P1.replace('font-size:16px;', 'font-size:16px;color:#1a1a1a;')]),
    expect: ['dark-mode-swap:error'],
  },
  {
    rule: 'dark-mode-swap',
    name: 'a box whose colour and background both stay: a warning',
    html: mutate([P1, P1.replace('font-size:16px;', 'font-size:16px;color:#1a1a1a;background-color:#fff7d6;')]),
    expect: ['dark-mode-swap:warning'],
  },
  {
    rule: 'dark-mode-swap',
    name: 'the same box swapped by a rule of its own passes',
    html: mutate(
      [P1, P1.replace('<p style="', '<p class="nk-box" style="').replace('font-size:16px;', 'font-size:16px;color:#1a1a1a;background-color:#fff7d6;')],
      ['.nk-cta {', '.nk-box { color: #eeeeee !important; background-color: #3a3320 !important; } .nk-cta {'],
    ),
    expect: [],
  },
  {
    rule: 'dark-mode-swap',
    name: 'not judged without dark-mode rules',
    html: mutate([/@media \(prefers-color-scheme: dark\).*\n/, ''], [P1, `<table role="presentation" width="100%"><tbody><tr><td style="background-color:#ffffff;padding:16px">${P1}</td></tr></tbody></table>`]),
    expect: ['dark-mode-styles:warning'],
  },
  {
    rule: 'sponsored-label',
    name: 'sponsored content without a label',
    html: mutate([P1, `<div data-nk-section="sponsored">${P1}</div>`]),
    expect: ['sponsored-label:error'],
  },
  {
    rule: 'sponsored-label',
    name: 'a small, pale "Anzeige" (LG Berlin, 102 O 61/22)',
    html: mutate([P1, `<div data-nk-section="sponsored"><p class="nk-text" style="margin:0;font-size:14px;line-height:20px;color:#b0b0b0">Anzeige</p>${P1}</div>`]),
    expect: ['a11y-contrast:error', 'sponsored-label:error'],
  },
  {
    rule: 'sponsored-label',
    name: 'an unmarked label in small print is judged too',
    html: mutate([P1, `<p style="margin:0;font-size:11px;line-height:16px">Werbung – Musterfirma GmbH</p>${P1}`]),
    expect: ['a11y-font-size:error', 'sponsored-label:error'],
  },
  {
    rule: 'sponsored-label',
    name: 'a label in body size and colour before the sponsored content passes',
    html: mutate([P1, `<div data-nk-section="sponsored"><p style="margin:0;font-size:16px;line-height:24px;font-weight:700">Anzeige – Musterfirma GmbH</p>${P1}</div>`]),
    expect: [],
  },
  {
    rule: 'sponsored-label',
    name: 'a sentence that begins with such a word is no label',
    html: mutate([P1, '<p style="margin:0 0 16px;font-size:12px;line-height:18px">Ad hoc: die Arbeitsgruppe tagt am Montag.</p>']),
    expect: ['a11y-font-size:error'],
  },
];
