import type { EmailDocument } from './document';
import type { CheckOptions, Finding, Severity } from './types';

/**
 * What a rule of the email check requires, in the spirit of MJML's validator. `severity` is what
 * the rule reports; `alsoWarns` names the case in which it reports a warning instead. `clients`
 * says whom the rule protects, `source` where the requirement comes from.
 */
export interface RuleDefinition {
  readonly id: string;
  readonly severity: Severity;
  readonly alsoWarns?: string;
  readonly description: string;
  readonly clients: string;
  readonly source: string;
}

/** Builds a finding of the running rule: its id, and its severity unless this case downgrades it. */
export type Report = (message: string, extra?: { severity?: Severity; client?: string; excerpt?: string; id?: string }) => Finding;

export interface RuleContext {
  readonly options: CheckOptions;
  readonly report: Report;
}

/** A rule: its table entry and the function that judges a parsed email. */
export interface Rule<Id extends string = string> extends RuleDefinition {
  readonly id: Id;
  check(doc: EmailDocument, context: RuleContext): Finding[];
}

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
