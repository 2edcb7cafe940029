import { defaultClients } from './clients';
import { parseEmail, type EmailDocument } from './document';
import { checkImageAlt, checkFontSize, checkHeadings, checkLangDir, checkLinkNames, checkTableRole, checkTitle } from './rules/a11y';
import { checkClientSupport } from './rules/client-support';
import { checkHrefs, checkImageSources, checkPreheader, checkUnsubscribeLink, checkViewInBrowser } from './rules/content';
import { checkDarkModeMeta, checkDarkModeStyles, checkExplicitColors } from './rules/dark-mode';
import { checkImpressum } from './rules/impressum';
import { checkButtonPadding, checkDpiFix, checkImageSize, checkMsoWrapper } from './rules/outlook';
import { checkSize } from './rules/size';
import { checkClassNeedsStyle, checkStyleBlocks } from './rules/style';
import type { CheckOptions, Finding } from './types';

type RuleCheck = (doc: EmailDocument, options: CheckOptions) => Finding[];

/** In the order of the rule table, so findings read top-down like the README. */
const checks: readonly RuleCheck[] = [
  (doc, options) => checkSize(doc, options.sizeBudget),
  checkStyleBlocks,
  checkClassNeedsStyle,
  (doc, options) => checkClientSupport(doc, options.clients ?? defaultClients),
  checkMsoWrapper,
  checkImageSize,
  checkButtonPadding,
  checkDpiFix,
  checkLangDir,
  checkTitle,
  checkTableRole,
  checkImageAlt,
  checkHeadings,
  checkLinkNames,
  checkFontSize,
  checkHrefs,
  checkImageSources,
  checkUnsubscribeLink,
  checkViewInBrowser,
  checkPreheader,
  checkImpressum,
  checkDarkModeMeta,
  checkDarkModeStyles,
  checkExplicitColors,
];

/**
 * Checks an email's final HTML against the rules in `ruleTable`: Gmail's size and `<style>`
 * limits, caniemail client support, Outlook for Windows, accessibility, links, the German
 * Impressum and dark mode. Synchronous; returns every finding, errors and warnings alike.
 */
export function checkEmail(html: string, options: CheckOptions = {}): Finding[] {
  const doc = parseEmail(html);
  return checks.flatMap((check) => check(doc, options));
}
