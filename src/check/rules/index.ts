import { checkReadable } from './check-readable';
import { gmailSize } from './gmail-size';
import { stylePlacement } from './style-placement';
import { styleSize } from './style-size';
import { styleNestedAtRule } from './style-nested-at-rule';
import { styleUrl } from './style-url';
import { webFont } from './web-font';
import { styleClassName } from './style-class-name';
import { classNeedsStyle } from './class-needs-style';
import { clientSupport } from './client-support';
import { outlookMsoWrapper } from './outlook-mso-wrapper';
import { outlookImageSize } from './outlook-image-size';
import { outlookButtonPadding } from './outlook-button-padding';
import { outlookDpi } from './outlook-dpi';
import { a11yLangDir } from './a11y-lang-dir';
import { a11yTitle } from './a11y-title';
import { a11yTableRole } from './a11y-table-role';
import { a11yImgAlt } from './a11y-img-alt';
import { a11yHeadings } from './a11y-headings';
import { a11yLinkName } from './a11y-link-name';
import { a11yContrast } from './a11y-contrast';
import { a11yFontSize } from './a11y-font-size';
import { hrefScheme } from './href-scheme';
import { imgSrc } from './img-src';
import { unsubscribeLink } from './unsubscribe-link';
import { viewInBrowser } from './view-in-browser';
import { preheaderLength } from './preheader-length';
import { linkDomainMismatch } from './link-domain-mismatch';
import { urlShortener } from './url-shortener';
import { httpLink } from './http-link';
import { subjectShouting } from './subject-shouting';
import { imageTextRatio } from './image-text-ratio';
import { impressum } from './impressum';
import { legalFooter } from './legal-footer';
import { darkModeMeta } from './dark-mode-meta';
import { darkModeStyles } from './dark-mode-styles';
import { explicitColors } from './explicit-colors';
import { darkModeSwap } from './dark-mode-swap';
import { sponsoredLabel } from './sponsored-label';
import { definitionOf, type RuleDefinition } from '../rule';

/**
 * Every rule of the email check, in the order it runs and the README lists it. A rule is one
 * file in this folder: its id, what it requires, whom it protects, its severity and its check.
 */
export const rules = [
  checkReadable,
  gmailSize,
  stylePlacement,
  styleSize,
  styleNestedAtRule,
  styleUrl,
  webFont,
  styleClassName,
  classNeedsStyle,
  clientSupport,
  outlookMsoWrapper,
  outlookImageSize,
  outlookButtonPadding,
  outlookDpi,
  a11yLangDir,
  a11yTitle,
  a11yTableRole,
  a11yImgAlt,
  a11yHeadings,
  a11yLinkName,
  a11yFontSize,
  a11yContrast,
  hrefScheme,
  imgSrc,
  unsubscribeLink,
  viewInBrowser,
  preheaderLength,
  linkDomainMismatch,
  urlShortener,
  httpLink,
  subjectShouting,
  imageTextRatio,
  impressum,
  legalFooter,
  darkModeMeta,
  darkModeStyles,
  explicitColors,
  darkModeSwap,
  sponsoredLabel,
] as const;

/** Every rule id, written out so that the published types need no parser's types; the compiler holds it to the rule files. */
export type RuleId =
  | 'check-readable'
  | 'gmail-size'
  | 'style-placement'
  | 'style-size'
  | 'style-nested-at-rule'
  | 'style-url'
  | 'web-font'
  | 'style-class-name'
  | 'class-needs-style'
  | 'client-support'
  | 'outlook-mso-wrapper'
  | 'outlook-image-size'
  | 'outlook-button-padding'
  | 'outlook-dpi'
  | 'a11y-lang-dir'
  | 'a11y-title'
  | 'a11y-table-role'
  | 'a11y-img-alt'
  | 'a11y-headings'
  | 'a11y-link-name'
  | 'a11y-font-size'
  | 'a11y-contrast'
  | 'href-scheme'
  | 'img-src'
  | 'unsubscribe-link'
  | 'view-in-browser'
  | 'preheader-length'
  | 'link-domain-mismatch'
  | 'url-shortener'
  | 'http-link'
  | 'subject-shouting'
  | 'image-text-ratio'
  | 'impressum'
  | 'legal-footer'
  | 'dark-mode-meta'
  | 'dark-mode-styles'
  | 'explicit-colors'
  | 'dark-mode-swap'
  | 'sponsored-label';

type DefinedIds = (typeof rules)[number]['id'];
const sameIds: [RuleId] extends [DefinedIds] ? ([DefinedIds] extends [RuleId] ? true : never) : never = true;
void sameIds;

/** What each rule requires, without the functions: the table the README and the docs list. */
export const ruleTable: readonly RuleDefinition[] = rules.map(definitionOf);
