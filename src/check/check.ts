import { parseEmail, type EmailDocument } from './document';
import { validateRuleAllowlist } from './exceptions';
import { reporterFor, type Rule, type RuleContext } from './rule';
import { ruleTable, rules } from './rules';
import type { CheckOptions, CustomRule, Finding } from './types';

const builtInIds = new Set(ruleTable.map((rule) => rule.id));

function customRules(options: CheckOptions): readonly CustomRule[] {
  const custom = options.rules ?? [];
  const seen = new Set<string>();
  for (const [index, rule] of custom.entries()) {
    if (typeof rule?.check !== 'function') throw new TypeError(`checkEmail: options.rules[${index}] has no check function`);
    if (builtInIds.has(rule.id)) throw new TypeError(`checkEmail: options.rules[${index}] uses the id "${rule.id}" of a built-in rule; choose another id`);
    if (seen.has(rule.id)) throw new TypeError(`checkEmail: options.rules[${index}] repeats the id "${rule.id}"`);
    seen.add(rule.id);
  }
  return custom;
}

/**
 * Checks an email's final HTML against the rules in `ruleTable`: Gmail's size and `<style>`
 * limits, caniemail client support, Outlook for Windows, accessibility, links, the German
 * Impressum and dark mode; then the caller's own rules. Synchronous; returns every finding,
 * errors and warnings alike. Works on any HTML, not only newsletter-kit's.
 */
export function checkEmail(html: string, options: CheckOptions = {}): Finding[] {
  const custom = customRules(options);
  validateRuleAllowlist(options);
  const readable = rules[0];
  let doc: EmailDocument;
  try {
    doc = parseEmail(html);
  } catch (error) {
    return [reporterFor(readable)(`the email could not be parsed, so nothing else was checked: ${describe(error)}`)];
  }
  const builtIn: readonly Rule[] = rules;
  // A rule that fails on some input is one finding naming it; the other rules still run.
  const run = (rule: { id: string; check: (input: never, context: RuleContext) => Finding[] }, input: unknown, context: RuleContext): Finding[] => {
    try {
      return rule.check(input as never, context);
    } catch (error) {
      return [reporterFor(readable)(`the rule ${rule.id} could not finish on this email: ${describe(error)}`)];
    }
  };
  return [
    ...builtIn.flatMap((rule) => run(rule, doc, { options, report: reporterFor(rule) })),
    ...custom.flatMap((rule) => run(rule, html, { options, report: reporterFor(rule) })),
  ];
}

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
