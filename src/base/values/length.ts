import * as z from 'zod';
import { describeInput } from './describe';

/** A length in px: a finite number ≥ 0 (no NaN, Infinity or negative sizes reach the CSS). */
export const length = z
  .number({
    error: (issue) =>
      issue.input === undefined ? 'is required: a length in px (a number)' : `must be a finite number of px, got ${describeInput(issue.input)}`,
  })
  .min(0, { error: (issue) => `must not be negative, got ${describeInput(issue.input)}` });

export function isLength(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** A CSS font weight: 1–1000, as `font-weight` accepts it. */
export const fontWeight = z
  .number({ error: (issue) => (issue.input === undefined ? 'is required: a font weight such as 400' : `must be a font weight (1–1000), got ${describeInput(issue.input)}`) })
  .min(1, { error: 'must be a font weight between 1 and 1000' })
  .max(1000, { error: 'must be a font weight between 1 and 1000' });
