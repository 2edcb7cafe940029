import type { CheckOptions } from './types';

/** The rules whose findings an allowlist entry may excuse: content that is unusual rather than broken. */
export const rulesWithExceptions = ['link-domain-mismatch', 'url-shortener', 'http-link', 'subject-shouting', 'image-text-ratio', 'impressum'] as const;
export type RuleWithExceptions = (typeof rulesWithExceptions)[number];

/**
 * An allowlist entry for a content rule: findings of `rule` that your emails may keep, each with
 * its reason — the same mechanism as the caniemail entries of `clientSupportAllowlist`, which
 * name a feature `title` instead of a rule.
 *
 * @example { rule: 'url-shortener', matching: /^https:\/\/eepurl\.com\//, reason: 'Mailchimp archive links of past issues' }
 */
export interface RuleAllowlistEntry {
  readonly rule: RuleWithExceptions;
  /**
   * Only findings whose subject matches: the link's `href` (or the form's `action`) for
   * `link-domain-mismatch`, `url-shortener` and `http-link`, the subject line for
   * `subject-shouting`, the `<title>` for `image-text-ratio`, the finding's id for `impressum`
   * (`/^impressum\/street$/`). Every finding of the rule when absent.
   */
  readonly matching?: RegExp;
  /** Why the email is right as it is. */
  readonly reason: string;
}

/** Whether the caller's allowlist excuses this finding of `rule` about `subject`. */
export function excused(options: CheckOptions, rule: RuleWithExceptions, subject: string): boolean {
  for (const entry of options.allowlist ?? []) {
    if (!('rule' in entry) || entry.rule !== rule) continue;
    if (entry.matching === undefined) return true;
    entry.matching.lastIndex = 0; // a /g or /y pattern keeps its position between calls
    if (entry.matching.test(subject)) return true;
  }
  return false;
}

/**
 * Refuses allowlist entries that could never excuse anything, so that a typo does not silently
 * leave a finding in place: an unknown rule, a rule that takes no exceptions, a missing reason.
 */
export function validateRuleAllowlist(options: CheckOptions): void {
  for (const [index, entry] of (options.allowlist ?? []).entries()) {
    if (!entry || typeof entry !== 'object' || !('rule' in entry)) continue;
    const where = `checkEmail: options.allowlist[${index}]`;
    if (!(rulesWithExceptions as readonly string[]).includes(entry.rule)) {
      throw new TypeError(
        `${where} names the rule ${JSON.stringify(entry.rule)}, which takes no exceptions; these do: ${rulesWithExceptions.join(', ')} (e.g. { rule: 'url-shortener', matching: /^https:\\/\\/eepurl\\.com\\//, reason: '…' })`,
      );
    }
    if (entry.matching !== undefined && !(entry.matching instanceof RegExp)) {
      throw new TypeError(`${where}: "matching" must be a RegExp, e.g. /^https:\\/\\/click\\.example\\.org\\//`);
    }
    if (typeof entry.reason !== 'string' || entry.reason.trim() === '') {
      throw new TypeError(`${where}: "reason" is required: say why the email is right as it is`);
    }
  }
}

/** A RegExp literal that matches URLs starting with `prefix`, for the hint in a finding's message. */
export function prefixPattern(prefix: string): string {
  return `/^${prefix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/`;
}

/** The closing sentence of a finding that can be excused: the allowlist entry to add. */
export function allowlistHint(rule: RuleWithExceptions, matching: string | undefined): string {
  return `If it is intended, add { rule: '${rule}'${matching ? `, matching: ${matching}` : ''}, reason: '…' } to options.allowlist.`;
}
