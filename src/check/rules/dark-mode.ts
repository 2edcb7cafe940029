import type { AnyNode, Element } from 'domhandler';
import { walkStylesheet } from '../css';
import { ancestorsOrSelf, excerptOf, isInside, styleOf, type EmailDocument } from '../document';
import { finding } from '../finding';
import type { Finding } from '../types';
import { textElements } from './a11y';

function metaContent(doc: EmailDocument, name: string): string | undefined {
  return doc.$(`meta[name="${name}"]`).attr('content');
}

const lightDark = (value: string | undefined): boolean => /\blight\b/i.test(value ?? '') && /\bdark\b/i.test(value ?? '');

function cssRules(doc: EmailDocument) {
  return doc.styles.flatMap((style) => walkStylesheet(style.sheet).rules);
}

export function checkDarkModeMeta(doc: EmailDocument): Finding[] {
  const findings: Finding[] = [];
  if (!lightDark(metaContent(doc, 'color-scheme'))) findings.push(finding('dark-mode-meta', 'no <meta name="color-scheme" content="light dark">'));
  if (!lightDark(metaContent(doc, 'supported-color-schemes'))) findings.push(finding('dark-mode-meta', 'no <meta name="supported-color-schemes" content="light dark">'));
  const rootRule = cssRules(doc).some(
    (rule) =>
      rule.atRules.length === 0 &&
      rule.selectors.some((selector) => selector.trim() === ':root') &&
      rule.declarations.some((declaration) => declaration.property === 'color-scheme' && lightDark(declaration.value)),
  );
  if (!rootRule) findings.push(finding('dark-mode-meta', 'no :root { color-scheme: light dark } rule in <style>'));
  return findings;
}

export function checkDarkModeStyles(doc: EmailDocument): Finding[] {
  const rules = cssRules(doc);
  const findings: Finding[] = [];
  if (!rules.some((rule) => rule.atRules.some((atRule) => /prefers-color-scheme\s*:\s*dark/i.test(atRule)))) {
    findings.push(finding('dark-mode-styles', 'no @media (prefers-color-scheme: dark) rules'));
  }
  if (!rules.some((rule) => rule.selectors.some((selector) => /\[data-og[sa][cb]\]/i.test(selector)))) {
    findings.push(finding('dark-mode-styles', 'no Outlook.com [data-ogsc]/[data-ogsb] dark-mode rules'));
  }
  return findings;
}

/** Whether the document tells clients it can be shown dark: then every colour must be explicit. */
export function declaresDarkScheme(doc: EmailDocument): boolean {
  if (/\bdark\b/i.test(metaContent(doc, 'color-scheme') ?? '') || /\bdark\b/i.test(metaContent(doc, 'supported-color-schemes') ?? '')) return true;
  return cssRules(doc).some((rule) =>
    rule.declarations.some((declaration) => /^(?:supported-)?color-scheme$/.test(declaration.property) && /\bdark\b/i.test(declaration.value)),
  );
}

const colourToken = /#[0-9a-f]{3,8}\b|\b(?:rgb|rgba|hsl|hsla)\(|\b(?:white|black|transparent|[a-z]+(?:grey|gray|blue|red|green|yellow|white))\b/i;

function hasBackground(element: Element): boolean {
  if (element.attribs['bgcolor']) return true;
  const style = styleOf(element);
  const background = style.get('background-color') ?? style.get('background');
  return background !== undefined && colourToken.test(background);
}

/**
 * Thunderbird's dark theme paints text without an explicit colour light grey on the email's own
 * white background; so with a dark colour scheme declared, colours must all come from the email.
 */
export function checkExplicitColors(doc: EmailDocument): Finding[] {
  if (!doc.body || !declaresDarkScheme(doc)) return [];
  const body = doc.body;
  const uncoloured: Element[] = [];
  const uncolouredLinks: Element[] = [];
  const coloured = new Set<Element>();
  for (const element of textElements(doc)) {
    let source: Element | undefined;
    for (const ancestor of ancestorsOrSelf(element as AnyNode)) {
      if (!isInside(ancestor, body)) break;
      if (styleOf(ancestor).has('color')) {
        source = ancestor;
        break;
      }
      if (ancestor.name === 'a' && ancestor.attribs['href'] !== undefined) {
        uncolouredLinks.push(ancestor);
        source = ancestor; // reported as link; do not report its text twice
        break;
      }
    }
    if (!source) uncoloured.push(element);
    else if (styleOf(source).has('color')) coloured.add(source);
  }
  for (const element of doc.$(body).find('[style*="color"]').toArray()) {
    if (styleOf(element).has('color')) coloured.add(element);
  }
  const withoutBackground = [...coloured].filter(
    (element) => ![...ancestorsOrSelf(element)].some((ancestor) => isInside(ancestor, body) && hasBackground(ancestor)),
  );

  const findings: Finding[] = [];
  const report = (elements: Element[], what: string): void => {
    const unique = [...new Set(elements)];
    const first = unique[0];
    if (!first) return;
    findings.push(finding('explicit-colors', `${unique.length} ${what}`, { excerpt: excerptOf(doc.$, first) }));
  };
  report(uncoloured, 'text element(s) without an inline color from the email: dark themes paint them in their own colour');
  report(uncolouredLinks, 'link(s) without their own inline color: clients paint them in their default link colour');
  report(withoutBackground, 'element(s) with an inline color but no inline background-color/bgcolor behind it inside <body>');
  return findings;
}
