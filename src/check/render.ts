import type { ReactElement } from 'react';
import type { RenderOptions, RenderResult } from '../render';
import { finishParts, renderParts } from '../render/renderEmail';
import { checkEmail } from './check';
import { formatFindings } from './format';
import type { CheckOptions, Finding } from './types';

/** What to do with the check's findings: `strict` throws on an error, `soft` returns them. */
export const CheckLevel = { strict: 'strict', soft: 'soft' } as const;
export type CheckLevel = (typeof CheckLevel)[keyof typeof CheckLevel];

export class EmailCheckError extends Error {
  override name = 'EmailCheckError';
  constructor(readonly findings: Finding[]) {
    const errors = findings.filter((f) => f.severity === 'error');
    super(`The email check found ${errors.length} error(s):\n${formatFindings(errors)}`);
  }
}

export interface RenderAndCheckOptions extends RenderOptions {
  /** @default 'strict' */
  level?: CheckLevel;
  check?: CheckOptions;
}

export interface CheckedRender extends RenderResult {
  findings: Finding[];
}

/** `renderEmail` with `checkEmail` on its HTML: what the CLI, CI and Storybook run for every issue. */
export async function renderAndCheck(element: ReactElement, options: RenderAndCheckOptions = {}): Promise<CheckedRender> {
  const { level = 'strict', check, dialect, ...renderOptions } = options;
  // The check judges the HTML with placeholders as tokens, before a dialect's merge tags replace them.
  const parts = await renderParts(element, dialect === undefined ? renderOptions : { ...renderOptions, dialect });
  const findings = checkEmail(parts.html, check);
  if (level === 'strict' && findings.some((f) => f.severity === 'error')) throw new EmailCheckError(findings);
  return { ...finishParts(parts, dialect), findings };
}
