import { walkStylesheet, type ScopedRule } from './css';
import type { EmailDocument } from './document';

export function metaContent(doc: EmailDocument, name: string): string | undefined {
  return doc.$(`meta[name="${name}"]`).attr('content');
}

export const lightDark = (value: string | undefined): boolean => /\blight\b/i.test(value ?? '') && /\bdark\b/i.test(value ?? '');

export function cssRules(doc: EmailDocument): ScopedRule[] {
  return doc.styles.flatMap((style) => walkStylesheet(style.sheet).rules);
}

/** Whether the document tells clients it can be shown dark: then every colour must be explicit. */
export function declaresDarkScheme(doc: EmailDocument): boolean {
  if (/\bdark\b/i.test(metaContent(doc, 'color-scheme') ?? '') || /\bdark\b/i.test(metaContent(doc, 'supported-color-schemes') ?? '')) return true;
  return cssRules(doc).some((rule) =>
    rule.declarations.some((declaration) => /^(?:supported-)?color-scheme$/.test(declaration.property) && /\bdark\b/i.test(declaration.value)),
  );
}
