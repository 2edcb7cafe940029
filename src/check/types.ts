import type { AllowlistEntry } from './allowlist';
import type { RuleAllowlistEntry } from './exceptions';
import type { RuleContext, RuleDefinition } from './rule';
import type { EmailClientId } from './support/clients';

export type { EmailClientId };

export type Severity = 'error' | 'warning';

/** One problem the check found in an email's HTML. */
export interface Finding {
  /** Stable kebab-case rule id, see `ruleTable` (or the id of a rule passed in `CheckOptions.rules`). */
  rule: string;
  severity: Severity;
  message: string;
  /** caniemail client id (e.g. `outlook.windows`) when the finding is about one client. */
  client?: string;
  /** A short piece of the HTML that shows where the problem is. */
  excerpt?: string;
  /**
   * The kind of finding within its rule, e.g. `impressum/street`: what an allowlist entry
   * (`{ rule: 'impressum', matching: /^impressum\/street$/, reason }`) or the issue's
   * `footer.accept` names to keep a legitimate exception out.
   */
  id?: string;
}

/**
 * A rule of the caller's own, run after the built-in rules: it gets the email's HTML (parse it
 * with the library of your choice) and reports findings with `report`, which fills in its id and
 * severity.
 */
export interface CustomRule extends RuleDefinition {
  check(html: string, context: RuleContext): Finding[];
}

export interface CheckOptions {
  /** Gmail clips a message whose HTML is larger than about 102 KB. */
  sizeBudget?: {
    /** Bytes of UTF-8 HTML from which the size is an error. @default 102_000 */
    error?: number;
    /** Bytes of UTF-8 HTML from which the size is a warning. @default 90_000 */
    warning?: number;
  };
  /** caniemail clients to check. @default defaultClients (Gmail, Outlook, Apple Mail, Yahoo, GMX, WEB.DE, Thunderbird) */
  clients?: readonly EmailClientId[];
  /**
   * Findings to excuse, each entry with its reason: caniemail errors (`{ title, clients?, … }`, in
   * addition to `clientSupportAllowlist`) and findings of the content rules (`{ rule, matching?, reason }`:
   * `link-domain-mismatch`, `url-shortener`, `http-link`, `subject-shouting`, `image-text-ratio`).
   */
  allowlist?: readonly (AllowlistEntry | RuleAllowlistEntry)[];
  /** The subject line, for `subject-shouting`. @default the `<title>` (where newsletter-kit writes the title, which its `subject` defaults to) */
  subject?: string;
  /** Further rules, run after the built-in ones; their ids must differ from those of `ruleTable`. */
  rules?: readonly CustomRule[];
}
