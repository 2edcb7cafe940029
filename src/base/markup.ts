/**
 * The markup contract between the components, the render path, the plain-text reader, the web
 * page and the email check: every attribute, class prefix and marker our blocks write into the
 * rendered HTML, and what each one means. Everything that writes or reads one of them imports it
 * from here. This file is on the bottom floor: it imports nothing, and everything may import it.
 */
export const markup = {
  /**
   * Colour roles for the dark-mode rules, as classes: `class="bg-surface fg-text bd-border"`
   * (prefixes in `rolePrefix`). Classes, because webmail sanitizers (Roundcube) strip `data-*`
   * attributes but keep classes.
   */
  roles: 'class',
  /** A region the check judges on its own, e.g. `data-nk-section="footer"` (the legal footer). */
  section: 'data-nk-section',
  /** The element reads as exactly this in the plain-text part ("Mehr: https://…"); removed from the HTML part. */
  text: 'data-nk-text',
  /** Left out of the plain-text part (the preheader, a link's screen-reader context). */
  skipInText: 'data-skip-in-text',
  /** Marks the one `<style>` the library writes (the dark-mode rules); removed from the HTML part. */
  ownStyle: 'data-embed',
  /**
   * Findings of the email check that the issue accepts as legitimate exceptions, space-separated
   * ids on the legal footer: `data-nk-accept="impressum/street"`.
   */
  accept: 'data-nk-accept',
} as const;

/** `{...readsAs('Mehr: https://…')}` on an element: it reads as exactly that in the plain-text part. */
export function readsAs(text: string | undefined): { [markup.text]?: string } {
  return text === undefined ? {} : { [markup.text]: text };
}

/** `{...skippedInText}` on an element: the plain-text part leaves it out. */
export const skippedInText = { [markup.skipInText]: 'true' } as const;

/** Values of `markup.section`. */
export const sections = { footer: 'footer', sponsored: 'sponsored' } as const;

/** The class prefix of each kind of colour role: `bg-surface`, `fg-text`, `bd-border`. */
export const rolePrefix = { bg: 'bg-', fg: 'fg-', border: 'bd-' } as const;

/** A colour-role class: `roleClass('fg', 'text')` is `fg-text`. */
export function roleClass(kind: keyof typeof rolePrefix, role: string): string {
  return rolePrefix[kind] + role;
}

/**
 * An image drawn for one colour scheme (a social icon): `im-light` shows while the client is
 * light, `im-dark` (inline `display:none`) while it is dark, swapped by the dark-mode rules.
 */
export const schemeImageClass = { light: 'im-light', dark: 'im-dark' } as const;

/** A class that is a colour role, with its kind and role, or an image of one scheme. */
export const ROLE_CLASS = /^(?:(bg|fg|bd)-([A-Za-z]+)|im-(?:light|dark))$/;

/** The start tag of the library's own `<style>` as React writes it, before the HTML is finished. */
export const OWN_STYLE_TAG = `<style ${markup.ownStyle}="">`;

/**
 * What the library's own `<style>` holds while React renders: the dark-mode rules for the roles
 * the render painted are written in its place once the render is done.
 */
export const DARK_MODE_SLOT = '/*nk-dark-mode*/';

/**
 * Outlook conditional comments: React cannot write comments, so a marker element stands for one
 * while rendering, `<nk-mso data-if="mso" data-html="…">`, and the render path replaces it.
 */
export const mso = { tag: 'nk-mso', condition: 'data-if', html: 'data-html' } as const;

/** CSS attribute selector for an element carrying `name` (optionally with exactly `value`). */
export function attrSelector(name: string, value?: string): string {
  return value === undefined ? `[${name}]` : `[${name}="${value}"]`;
}
