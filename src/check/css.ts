import { parse, type CssAtRuleAST, type CssDeclarationAST, type CssStylesheetAST } from '@adobe/css-tools';

/** Same parser as caniemail uses, so both see the same rules. */
export function parseStylesheet(css: string): CssStylesheetAST {
  return parse(css, { silent: true });
}

const inlineCache = new Map<string, ReadonlyMap<string, string>>();

/** Declarations of a `style` attribute, property names lower-cased; later declarations win. */
export function parseInlineStyle(style: string | undefined): ReadonlyMap<string, string> {
  if (!style) return new Map();
  const cached = inlineCache.get(style);
  if (cached) return cached;
  const declarations = new Map<string, string>();
  for (const node of parseStylesheet(`x{${style}}`).stylesheet.rules) {
    if (node.type !== 'rule') continue;
    for (const declaration of node.declarations) {
      if (declaration.type !== 'declaration') continue;
      declarations.set(declaration.property.toLowerCase(), declaration.value.replace(/\s*!important\s*$/i, '').trim());
    }
  }
  if (inlineCache.size > 5_000) inlineCache.clear();
  inlineCache.set(style, declarations);
  return declarations;
}

/** A style rule together with the at-rules it sits in (outermost first). */
export interface ScopedRule {
  selectors: string[];
  declarations: CssDeclarationAST[];
  atRules: string[];
}

export interface AtRuleNesting {
  outer: string;
  inner: string;
}

function describeAtRule(node: CssAtRuleAST): string | undefined {
  switch (node.type) {
    case 'media':
      return `@media ${node.media}`;
    case 'supports':
      return `@supports ${node.supports}`;
    case 'container':
      return `@container ${node.container}`;
    case 'document':
      return `@document ${node.document}`;
    case 'layer':
      return `@layer ${node.layer}`;
    case 'scope':
      return `@scope ${node.scope}`;
    case 'host':
      return '@host';
    case 'starting-style':
      return '@starting-style';
    case 'at-rule':
      return `@${node.name} ${node.prelude}`;
    case 'font-face':
      return '@font-face';
    case 'keyframes':
      return `@keyframes ${node.name}`;
    case 'page':
      return '@page';
    case 'import':
      return `@import ${node.import}`;
    default:
      return undefined;
  }
}

function childRules(node: CssAtRuleAST): CssAtRuleAST[] {
  if ('rules' in node && Array.isArray(node.rules)) {
    return node.rules.filter((child): child is CssAtRuleAST => child.type !== 'declaration');
  }
  return [];
}

/** Every style rule with its at-rule context, and every at-rule that sits inside another. */
export function walkStylesheet(sheet: CssStylesheetAST): { rules: ScopedRule[]; nested: AtRuleNesting[] } {
  const rules: ScopedRule[] = [];
  const nested: AtRuleNesting[] = [];
  const visit = (nodes: CssAtRuleAST[], atRules: string[]): void => {
    for (const node of nodes) {
      if (node.type === 'rule') {
        rules.push({
          selectors: node.selectors,
          declarations: node.declarations.filter((d): d is CssDeclarationAST => d.type === 'declaration'),
          atRules,
        });
        continue;
      }
      const description = describeAtRule(node);
      if (description === undefined) continue;
      const outer = atRules[atRules.length - 1];
      if (outer !== undefined) nested.push({ outer, inner: description });
      visit(childRules(node), [...atRules, description]);
    }
  };
  visit(sheet.stylesheet.rules, []);
  return { rules, nested };
}

/** Class names a selector mentions, as written (escapes kept). Strings and attribute selectors are skipped. */
export function classNamesInSelector(selector: string): string[] {
  const withoutStrings = selector.replace(/\[[^\]]*\]/g, '[]').replace(/(["'])(?:\\.|(?!\1).)*\1/g, '""');
  return [...withoutStrings.matchAll(/\.((?:\\.|[\w-]|[^\x00-\x7f])+)/g)].map((match) => match[1] ?? '');
}
