import { createElement, type ReactElement } from 'react';
import { DARK_MODE_SLOT, OWN_STYLE_TAG } from '../base/markup';
import { LinkTagsScope, RenderScope, type RenderRecord } from '../context';
import { taggerOf, type LinkTags } from '../base/values/linkTags';
import { darkModeCss } from '../layout/darkMode';
import { resolveDialect, type Dialect, type DialectName } from '../merge/dialects';
import { normalizeLineEnds } from '../base/values/text';
import { documentDir } from '../base/bidi';
import { applyDialect, assertNoPlaceholders, neutralizerOf } from '../merge/template';
import { finishHtml } from './postprocess';
import { toUnwrappedText, wrapText } from '../text';
import { toMarkup } from './toMarkup';

/** Inlines CSS from `<style>` blocks into `style` attributes, e.g. `inlineCss` from `newsletter-kit/inline`. */
export type CssInliner = (html: string) => string | Promise<string>;

export interface RenderOptions {
  /**
   * Only needed when your own blocks bring CSS in a `<style>` element: the components of this
   * library write every style inline, so the core render path has no CSS inliner (and none of its
   * weight). Without it, such a `<style>` is an error rather than CSS that GMX and WEB.DE drop.
   */
  inlineCss?: CssInliner;
  /**
   * The mail service whose merge tags replace the placeholders (`placeholder.firstName()`
   * …), as the very last step. Required when the issue holds placeholders.
   */
  dialect?: DialectName | Dialect;
  /**
   * Campaign parameters for every http(s) link to the listed domains, in the HTML and the
   * plain-text part alike: `{ params: { utm_source: 'newsletter', utm_medium: 'email' }, domains:
   * ['vitako.de'], except?: ['https://…'] }`. Never tagged: `mailto:`, `tel:`, merge tags, values
   * filled in per recipient, the unsubscribe and view-in-browser links, a block with `linkTags:
   * false`. Issue data's own `linkTags` (or `false`) wins over this.
   */
  linkTags?: LinkTags | false;
}

export interface RenderResult {
  /** The HTML part: every style inline, only the dark-mode rules in `<style>`. */
  html: string;
  /** The plain-text part: every headline, paragraph and link URL in reading order. */
  text: string;
}

/** A style element's start tag (not e.g. a `<styles>` element of an app). */
const STYLE_TAG = /<style(?:\s[^>]*)?>/g;

/** Style elements other than our own (the dark-mode rules `Newsletter` writes), in one pass over the markup. */
function foreignStyleElements(html: string): number {
  let count = 0;
  for (const [tag] of html.matchAll(STYLE_TAG)) if (tag !== OWN_STYLE_TAG) count++;
  return count;
}

/**
 * React's markup of the element, its dark-mode rules written for the colour roles the render
 * painted: the components record each role as they paint it (`usePaint`), and `Newsletter`
 * leaves a slot in its `<style>` for the rules.
 */
async function renderRecorded(element: ReactElement, linkTags: RenderOptions['linkTags']): Promise<string> {
  const record: RenderRecord = { roles: new Set(), theme: undefined };
  const tagger = taggerOf(linkTags, 'renderEmail');
  const tagged = tagger ? createElement(LinkTagsScope, { tagger, children: element }) : element;
  const html = await toMarkup(createElement(RenderScope, { record, children: tagged }), () => {
    record.roles.clear();
    record.theme = undefined;
  });
  const { theme } = record;
  if (!theme) return html;
  return html.replace(OWN_STYLE_TAG + DARK_MODE_SLOT, () => OWN_STYLE_TAG + darkModeCss(theme, record.roles));
}

/**
 * The one render path: React Email → (your CSS inlined, if you bring any) → HTML for every
 * client → plain text, wrapped last → the dialect's merge tags in place of placeholders. Apps,
 * the CLI, Storybook and the tests all call this; checking the result is a separate, explicit
 * step (`checkEmail` from `newsletter-kit/check`).
 */
export async function renderEmail(element: ReactElement, options: RenderOptions = {}): Promise<RenderResult> {
  return finishParts(await renderParts(element, options), options.dialect);
}

/** What `renderParts` needs: your CSS inliner, and the dialect whose tag openers typed text must not form. */
export type PartsOptions = Pick<RenderOptions, 'inlineCss' | 'dialect' | 'linkTags'>;

/**
 * Everything before the text part's line wrapping, placeholders still as tokens (valid https
 * URLs and plain words, so the email check can judge this HTML): `renderEmail`, `renderAndCheck`
 * and `prepareIssue` share it. Line ends typed as CRLF or CR read as LF (as HTML parsers read
 * them), and typed text is neutralised right after React so that it opens no tag of the mail
 * service (`merge/neutralize.ts`); placeholder tokens are judged when they are filled.
 */
export async function renderParts(element: ReactElement, options: PartsOptions = {}): Promise<RenderResult> {
  const n = neutralizerOf(options.dialect === undefined ? undefined : resolveDialect(options.dialect));
  let rendered = n.html(normalizeLineEnds(await renderRecorded(element, options.linkTags)));
  const foreignStyles = foreignStyleElements(rendered);
  if (foreignStyles > 0) {
    if (!options.inlineCss) {
      throw new Error(
        `renderEmail: the email has ${foreignStyles} <style> element(s) of its own; GMX, WEB.DE and the Gmail app drop <style>, so its CSS must be inlined: pass { inlineCss } from 'newsletter-kit/inline', or write the styles inline`,
      );
    }
    rendered = await options.inlineCss(rendered);
  }
  // The text part reads the hints (`data-nk-text`) that the HTML part then drops.
  return { html: finishHtml(rendered), text: toUnwrappedText(rendered) };
}

/** Wraps the text part and puts the dialect's merge tags in place; without a dialect no placeholder may be left. */
export function finishParts(parts: RenderResult, dialect?: DialectName | Dialect): RenderResult {
  const text = wrapText(parts.text, documentDir(parts.html));
  if (dialect === undefined) {
    assertNoPlaceholders(parts.html);
    return { html: parts.html, text };
  }
  return applyDialect(parts.html, text, resolveDialect(dialect));
}
