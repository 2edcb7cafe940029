import { walkStylesheet, type ScopedRule } from './css';
import type { EmailDocument } from './document';

/** The `content` of the first `<meta name="…">` with this name. */
export function metaContent(doc: EmailDocument, name: string): string | undefined {
  return doc.elements.named('meta').find((meta) => meta.attribs['name'] === name)?.attribs['content'];
}

export const lightDark = (value: string | undefined): boolean => /\blight\b/i.test(value ?? '') && /\bdark\b/i.test(value ?? '');

const rulesOf = new WeakMap<EmailDocument, ScopedRule[]>();

/** Every style rule of every `<style>`, in order; gathered once per email for the rules that read them. */
export function cssRules(doc: EmailDocument): ScopedRule[] {
  let rules = rulesOf.get(doc);
  if (!rules) rulesOf.set(doc, (rules = doc.styles.flatMap((style) => walkStylesheet(style.sheet).rules)));
  return rules;
}

/** Whether the document tells clients it can be shown dark: then every colour must be explicit. */
export function declaresDarkScheme(doc: EmailDocument): boolean {
  if (/\bdark\b/i.test(metaContent(doc, 'color-scheme') ?? '') || /\bdark\b/i.test(metaContent(doc, 'supported-color-schemes') ?? '')) return true;
  return cssRules(doc).some((rule) =>
    rule.declarations.some((declaration) => /^(?:supported-)?color-scheme$/.test(declaration.property) && /\bdark\b/i.test(declaration.value)),
  );
}
