import type { ReactElement } from 'react';
import { renderEmail, type RenderOptions, type RenderResult } from '../render';
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

/** `renderEmail`, then `checkEmail` on its HTML: what the CLI, CI and Storybook run for every issue. */
export async function renderAndCheck(element: ReactElement, options: RenderAndCheckOptions = {}): Promise<CheckedRender> {
  const { level = 'strict', check, ...renderOptions } = options;
  const result = await renderEmail(element, renderOptions);
  const findings = checkEmail(result.html, check);
  if (level === 'strict' && findings.some((f) => f.severity === 'error')) throw new EmailCheckError(findings);
  return { ...result, findings };
}
