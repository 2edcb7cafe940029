import * as z from 'zod';
import { describeInput, expected } from './describe';

/**
 * A CSS font stack: family names and quoted family names separated by commas, e.g.
 * `"Source Sans Pro", Arial, sans-serif`. Nothing that could close the declaration or the rule.
 */
const NAME = /^(?:[A-Za-z][A-Za-z0-9 -]*|"[A-Za-z0-9 _.-]+"|'[A-Za-z0-9 _.-]+')$/;

export function isFontStack(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 512) return false;
  const names = value.split(',').map((n) => n.trim());
  return names.every((name) => NAME.test(name) && !/\s{2,}/.test(name));
}

export const fontStack = z
  .string({ error: expected('a font stack such as "Arial, Helvetica, sans-serif"') })
  .refine(isFontStack, {
    error: (issue) =>
      `must be a font stack of family names and quoted names separated by commas (e.g. "'Source Sans Pro', Arial, sans-serif"), got ${describeInput(issue.input)}`,
  });

/** The family names of a stack, unquoted, in order: `"'Source Sans Pro', Arial"` → `['Source Sans Pro', 'Arial']`. */
export function fontFamilies(stack: string): string[] {
  return stack.split(',').map((name) => name.trim().replace(/^(["'])(.*)\1$/, '$2'));
}

/** CSS generic families, and what Outlook for Windows (`mso-generic-font-family`) calls them. */
export const genericFamilies: Readonly<Record<string, string>> = {
  serif: 'roman',
  'sans-serif': 'swiss',
  monospace: 'modern',
  cursive: 'script',
  fantasy: 'decorative',
  'system-ui': 'auto',
  'ui-sans-serif': 'swiss',
  'ui-serif': 'roman',
  'ui-monospace': 'modern',
};
