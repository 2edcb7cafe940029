/**
 * The markup contract between the components, the render path and the email check: the
 * attribute names our blocks carry in the rendered HTML, and what each one means. This file
 * is on the bottom floor: it imports nothing, and everything may import it.
 */
export const markup = {
  /**
   * Colour roles for the dark-mode rules, as classes: `class="bg-surface fg-text bd-border"`.
   * Classes, because webmail sanitizers (Roundcube) strip `data-*` attributes but keep classes.
   */
  roles: 'class',
  /** A region the check judges on its own, e.g. `data-nk-section="footer"` (the legal footer). */
  section: 'data-nk-section',
  /** The block reads as exactly this in the plain-text part ("Mehr: https://…"); removed from the HTML part. */
  text: 'data-nk-text',
  /** Left out of the plain-text part (the preheader, a link's screen-reader context). */
  skipInText: 'data-skip-in-text',
  /**
   * Findings of the email check that the issue accepts as legitimate exceptions, space-separated
   * ids on the legal footer: `data-nk-accept="impressum/street"`.
   */
  accept: 'data-nk-accept',
} as const;

/** Values of `markup.section`. */
export const sections = { footer: 'footer' } as const;

/** CSS attribute selector for an element carrying `name` (optionally with exactly `value`). */
export function attrSelector(name: string, value?: string): string {
  return value === undefined ? `[${name}]` : `[${name}="${value}"]`;
}
