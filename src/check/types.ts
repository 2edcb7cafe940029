import type { CanIEmailOptions } from 'caniemail';

export type Severity = 'error' | 'warning';

/** One problem the check found in an email's HTML. */
export interface Finding {
  /** Stable kebab-case rule id, see `ruleTable`. */
  rule: string;
  severity: Severity;
  message: string;
  /** caniemail client id (e.g. `outlook.windows`) when the finding is about one client. */
  client?: string;
  /** A short piece of the HTML that shows where the problem is. */
  excerpt?: string;
}

/** A caniemail client id such as `gmail.desktop-webmail` or `outlook.windows`. */
export type EmailClientId = Exclude<CanIEmailOptions['clients'][number], '*' | `*.${string}` | `${string}.*`>;

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
}
