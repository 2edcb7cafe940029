import { render } from '@react-email/render';
import juice from 'juice';
import type { ReactElement } from 'react';
import { checkEmail, formatFindings, type CheckOptions, type Finding } from '../check';
import { finishHtml } from './postprocess';
import { toPlainText } from './text';

/** What to do with the email check's findings. */
export const CheckLevel = { strict: 'strict', soft: 'soft', skip: 'skip' } as const;
export type CheckLevel = (typeof CheckLevel)[keyof typeof CheckLevel];

export interface RenderOptions {
  /**
   * `strict`: throw when the check finds an error; `soft`: return the findings next to the HTML;
   * `skip`: do not check.
   * @default 'soft'
   */
  level?: CheckLevel;
  /** Passed to `checkEmail`, e.g. a different size budget. */
  check?: CheckOptions;
}

export interface RenderResult {
  /** The HTML part: styles inlined, only dark-mode rules left in `<style>`. */
  html: string;
  /** The plain-text part: every headline, paragraph and link URL in reading order. */
  text: string;
  /** What the email check found (empty with `level: 'skip'`). */
  findings: Finding[];
}

export class EmailCheckError extends Error {
  override name = 'EmailCheckError';
  constructor(readonly findings: Finding[]) {
    super(`The email check found ${findings.filter((f) => f.severity === 'error').length} error(s):\n${formatFindings(findings.filter((f) => f.severity === 'error'))}`);
  }
}

/**
 * The one render path: React Email → juice (every style inline; only `@media` and dark-mode
 * rules stay in `<style>`) → plain text → email check. Apps, the CLI, Storybook and the tests
 * all call this.
 */
export async function renderEmail(element: ReactElement, options: RenderOptions = {}): Promise<RenderResult> {
  const level = options.level ?? 'soft';
  const rendered = await render(element);
  const inlined = juice(rendered, {
    removeStyleTags: true,
    preserveMediaQueries: true,
    preserveFontFaces: true,
    preserveImportant: true,
    applyWidthAttributes: true,
    applyHeightAttributes: true,
    applyAttributesTableElements: true,
    insertPreservedExtraCss: true,
  });
  const text = toPlainText(inlined);
  const html = finishHtml(inlined);
  const findings = level === 'skip' ? [] : checkEmail(html, options.check);
  if (level === 'strict' && findings.some((f) => f.severity === 'error')) throw new EmailCheckError(findings);
  return { html, text, findings };
}
