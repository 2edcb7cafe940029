import { ruleDefinition, type RuleId } from './rules';
import type { Finding, Severity } from './types';

/** A finding with the severity from the rule table unless the rule downgrades this case. */
export function finding(
  rule: RuleId,
  message: string,
  extra: { severity?: Severity; client?: string; excerpt?: string } = {},
): Finding {
  const result: Finding = { rule, severity: extra.severity ?? ruleDefinition(rule).severity, message };
  if (extra.client !== undefined) result.client = extra.client;
  if (extra.excerpt !== undefined) result.excerpt = extra.excerpt;
  return result;
}
