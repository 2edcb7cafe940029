import { gmailSize } from './gmail-size';
import { stylePlacement } from './style-placement';
import { styleSize } from './style-size';
import { styleNestedAtRule } from './style-nested-at-rule';
import { styleUrl } from './style-url';
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
import { impressum } from './impressum';
import { legalFooter } from './legal-footer';
import { darkModeMeta } from './dark-mode-meta';
import { darkModeStyles } from './dark-mode-styles';
import { explicitColors } from './explicit-colors';
import { definitionOf, type RuleDefinition } from '../rule';

/**
 * Every rule of the email check, in the order it runs and the README lists it. A rule is one
 * file in this folder: its id, what it requires, whom it protects, its severity and its check.
 */
export const rules = [
  gmailSize,
  stylePlacement,
  styleSize,
  styleNestedAtRule,
  styleUrl,
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
  impressum,
  legalFooter,
  darkModeMeta,
  darkModeStyles,
  explicitColors,
] as const;

export type RuleId = (typeof rules)[number]['id'];

/** What each rule requires, without the functions: the table the README and the docs list. */
export const ruleTable: readonly RuleDefinition[] = rules.map(definitionOf);
