import type { Finding, Rule, RuleDefinition, Report } from './types';

export type { Report, Rule, RuleContext, RuleDefinition } from './types';

/** Keeps the rule's id as a literal type, so `RuleId` lists every rule. */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}

export function reporterFor(rule: RuleDefinition): Report {
  return (message, extra = {}) => {
    const result: Finding = { rule: rule.id, severity: extra.severity ?? rule.severity, message };
    if (extra.client !== undefined) result.client = extra.client;
    if (extra.excerpt !== undefined) result.excerpt = extra.excerpt;
    if (extra.id !== undefined) result.id = extra.id;
    return result;
  };
}

/** The table entry alone, without the function: what the README and `ruleTable` list. */
export function definitionOf(rule: RuleDefinition): RuleDefinition {
  const { id, severity, alsoWarns, description, clients, source } = rule;
  return alsoWarns === undefined ? { id, severity, description, clients, source } : { id, severity, alsoWarns, description, clients, source };
}
