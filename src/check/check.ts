import { attrSelector, markup } from '../base/markup';
import { parseEmail, type EmailDocument } from './document';
import { reporterFor, type Rule } from './rule';
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

/** The finding ids accepted by the options and by the email itself (`data-nk-accept`). */
function acceptedIds(options: CheckOptions, doc: EmailDocument): Set<string> {
  const ids = new Set<string>();
  for (const [index, entry] of (options.accept ?? []).entries()) {
    if (typeof entry?.finding !== 'string' || !entry.finding || typeof entry.reason !== 'string' || !entry.reason.trim()) {
      throw new TypeError(`checkEmail: options.accept[${index}] must be { finding, reason } with both filled in, e.g. { finding: "impressum/street", reason: "the Rathaus has no house number" }`);
    }
    ids.add(entry.finding);
  }
  doc.$(attrSelector(markup.accept)).each((_, element) => {
    for (const id of (doc.$(element).attr(markup.accept) ?? '').split(/\s+/)) if (id) ids.add(id);
  });
  return ids;
}

/**
 * Checks an email's final HTML against the rules in `ruleTable`: Gmail's size and `<style>`
 * limits, caniemail client support, Outlook for Windows, accessibility, links, the German
 * Impressum and dark mode; then the caller's own rules. Synchronous; returns every finding,
 * errors and warnings alike. Works on any HTML, not only newsletter-kit's.
 */
export function checkEmail(html: string, options: CheckOptions = {}): Finding[] {
  const custom = customRules(options);
  const doc = parseEmail(html);
  const builtIn: readonly Rule[] = rules;
  const accepted = acceptedIds(options, doc);
  const findings = [
    ...builtIn.flatMap((rule) => rule.check(doc, { options, report: reporterFor(rule) })),
    ...custom.flatMap((rule) => rule.check(html, { options, report: reporterFor(rule) })),
  ];
  return accepted.size === 0 ? findings : findings.filter((f) => f.id === undefined || !accepted.has(f.id));
}
