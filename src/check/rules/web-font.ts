import type { CssAtRuleAST, CssDeclarationAST, CssStylesheetAST } from '@adobe/css-tools';
import { fontFamilies, genericFamilies } from '../../base/values';
import { clientName } from '../clients';
import { isElement, shorten, styleOf } from '../document';
import { defineRule } from '../rule';
import { emailClientIds } from '../support/clients';
import { supportOf } from '../support/features';
import type { Finding } from '../types';

/** The clients that load a web font, by caniemail's data for `@font-face`. */
export const webFontClients = emailClientIds.filter((client) => supportOf('@font-face', client) === 'full');

/** A `<style>` that holds `@font-face` rules and nothing else: Gmail drops it for its `url()`, and loses only the font. */
export function onlyFontFaces(sheet: CssStylesheetAST): boolean {
  const rules = sheet.stylesheet.rules.filter((rule) => rule.type !== 'comment');
  return rules.length > 0 && rules.every((rule) => rule.type === 'font-face');
}

const declarationsOf = (rule: CssAtRuleAST) =>
  ('declarations' in rule && Array.isArray(rule.declarations) ? rule.declarations : []).filter((d): d is CssDeclarationAST => d.type === 'declaration');
const unquote = (value: string) => value.trim().replace(/^(["'])(.*)\1$/, '$2');

export const webFont = defineRule({
  id: 'web-font',
  severity: 'error',
  description:
    'A web font (`@font-face`) sits in a `<style>` of its own, loads over `https:`, names its Outlook fallback (`mso-font-alt`), and every font stack that uses it goes on with a font every client has and ends with a generic family.',
  clients: `Loaded by ${[...new Set(webFontClients.map(clientName))].join(', ')}; every other client shows the stack's fallback. Outlook for Windows shows Times New Roman for a declared web font unless \`mso-font-alt\` names another.`,
  source: 'https://www.caniemail.com/features/css-at-font-face/ (notes 4, 5)',
  check(doc, { report }) {
    const findings: Finding[] = [];
    const declared = new Set<string>();
    for (const style of doc.styles) {
      const faces = style.sheet.stylesheet.rules.filter((rule) => rule.type === 'font-face');
      if (faces.length && !onlyFontFaces(style.sheet)) {
        findings.push(report('@font-face shares a <style> with other rules: Gmail drops a <style> with url() whole, and those rules with it; give the web fonts a <style> of their own', { excerpt: shorten(style.css) }));
      }
      for (const face of faces) {
        const declarations = declarationsOf(face);
        const value = (name: string) => declarations.find((d) => d.property.toLowerCase() === name)?.value;
        const family = value('font-family');
        const excerpt = shorten(`@font-face{${declarations.map((d) => `${d.property}:${d.value}`).join(';')}}`);
        if (family === undefined) {
          findings.push(report('@font-face without font-family', { excerpt }));
          continue;
        }
        declared.add(unquote(family));
        const sources = [...(value('src') ?? '').matchAll(/url\(\s*(["']?)([^"')]*)\1\s*\)/g)].map((m) => m[2] ?? '');
        if (!sources.length) findings.push(report(`@font-face for ${family} has no src: url(…)`, { excerpt }));
        for (const source of sources.filter((s) => !/^https:\/\/[^/\s]/i.test(s))) {
          findings.push(report(`@font-face for ${family} loads ${shorten(source, 60)}: use an https: URL (other addresses are blocked or warned about)`, { excerpt }));
        }
        if (value('mso-font-alt') === undefined) {
          findings.push(report(`@font-face for ${family} names no mso-font-alt: Outlook for Windows shows its text in Times New Roman; name the stack's fallback, e.g. mso-font-alt: "Arial"`, { excerpt }));
        }
      }
    }
    if (!declared.size) return findings;

    const judged = new Set<string>();
    const judge = (stack: string, excerpt: string) => {
      if (judged.has(stack)) return;
      judged.add(stack);
      const families = fontFamilies(stack);
      const last = families.map((f) => declared.has(f)).lastIndexOf(true);
      if (last < 0) return;
      const rest = families.slice(last + 1);
      const generic = rest.at(-1);
      if (!rest.some((f) => !Object.hasOwn(genericFamilies, f)) || generic === undefined || !Object.hasOwn(genericFamilies, generic)) {
        findings.push(
          report(`font-family: ${stack} has no fallback after the web font ${families[last]}: Gmail, Outlook, Yahoo and the webmails show their default font; go on with a font every client has and a generic family`, { excerpt }),
        );
      }
    };
    const visit = (node: import('domhandler').AnyNode): void => {
      if (isElement(node)) {
        const stack = styleOf(node).get('font-family');
        if (stack !== undefined) judge(stack, shorten(`<${node.name} style="font-family:${stack}">`));
      }
      if ('children' in node) for (const child of node.children) visit(child);
    };
    if (doc.body) visit(doc.body);
    return findings;
  },
});
