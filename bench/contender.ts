import type { Issue, Recipient } from './content';

/** What one render produces: the HTML part and, where the contender makes one, the text part. */
export interface Output {
  html: string;
  text?: string;
}

/** One personalised copy as a sender gets it: the UTF-8 bytes of the HTML part and, where the contender makes one, of the text part. */
export interface CopyOutput {
  html: Uint8Array;
  text?: Uint8Array;
}

/** Strings, not yet encoded: only a `note` personaliser may give them. */
export interface StringOutput {
  html: string;
  text?: string;
}

/** One way of sending many personalised copies of an issue. */
export interface Personaliser {
  /** How it works, e.g. "render per copy" or "compile once + replace". */
  label: string;
  /**
   * `floor`: copies one finished copy's bytes per recipient, the least any way can do (its copies
   * are not personal and are not verified); `note`: a figure shown beside the table, never a
   * target's (e.g. strings that are never encoded).
   */
  role?: 'floor' | 'note';
  /** Work outside the timing (the floor's one finished copy). */
  setup?(issue: Issue): Promise<void>;
  /** Produces one copy per recipient; the timing includes any one-off preparation. */
  run(issue: Issue, people: Recipient[]): Promise<CopyOutput[] | StringOutput[]>;
}

/** Many copies made one at a time and not kept, in a fresh process: the time and the bytes written. */
export interface StreamResult {
  label: string;
  copies: number;
  bytes: number;
}

/**
 * A contender module, bundled on its own so that a fresh process importing it pays exactly that
 * contender's start-up cost.
 */
export interface Contender {
  /** Work done once per issue outside the timing (for the check: the render it checks). */
  setup(issue: Issue): Promise<() => Promise<Output>>;
  personalisers?(): Promise<Personaliser[]>;
  /** Streams `count` copies (generated recipients, never all in memory) and hands each to a sink. */
  stream?(issue: Issue, count: number): Promise<StreamResult>;
}

/** The contenders, baseline first; `scale`: also rendered at 10, 100 and 1,000 news items. */
export const contenders = [
  { key: 'react-email', source: 'react-email.tsx', label: 'React Email template (baseline)', scale: true },
  { key: 'react-email-text', source: 'react-email-text.tsx', label: 'React Email + plainText', scale: true },
  { key: 'static-markup', source: 'static-markup.tsx', label: 'renderToStaticMarkup (floor)', scale: true },
  { key: 'mjml', source: 'mjml.ts', label: 'MJML 5', scale: true },
  { key: 'newsletter-kit', source: 'newsletter-kit.tsx', label: 'newsletter-kit renderEmail', scale: true },
  { key: 'newsletter-kit-check', source: 'newsletter-kit-check.tsx', label: 'newsletter-kit checkEmail', scale: false },
] as const;
export type ContenderKey = (typeof contenders)[number]['key'];
