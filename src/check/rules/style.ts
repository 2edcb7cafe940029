import { classNamesInSelector, walkStylesheet } from '../css';
import { excerptOf, isElement, shorten, type EmailDocument } from '../document';
import { finding } from '../finding';
import type { Finding } from '../types';
import { byteLength } from './size';

const STYLE_BUDGET = 16 * 1024;

/** Gmail drops a whole `<style>` block for each of these; GMX and WEB.DE drop every block. */
export function checkStyleBlocks(doc: EmailDocument): Finding[] {
  const findings: Finding[] = [];
  for (const style of doc.styles) {
    if (!style.inHead) {
      findings.push(finding('style-placement', '<style> outside <head>: Gmail drops it', { excerpt: excerptOf(doc.$, style.element) }));
    }
  }
  const bytes = doc.styles.reduce((sum, style) => sum + byteLength(style.css), 0);
  if (bytes > STYLE_BUDGET) {
    findings.push(finding('style-size', `<style> holds ${bytes.toLocaleString('en')} bytes (limit ${STYLE_BUDGET.toLocaleString('en')}): Gmail drops it`));
  }
  for (const style of doc.styles) {
    const { rules, nested } = walkStylesheet(style.sheet);
    for (const { outer, inner } of nested) {
      findings.push(finding('style-nested-at-rule', `${inner} inside ${outer}: Gmail drops the whole <style>`, { excerpt: shorten(`${outer} { ${inner} { … } }`) }));
    }
    const withoutComments = style.css.replace(/\/\*[\s\S]*?\*\//g, '');
    const url = /url\s*\(/i.exec(withoutComments);
    if (url) {
      findings.push(finding('style-url', 'url() in <style>: Gmail drops the whole <style>', { excerpt: shorten(withoutComments.slice(url.index, url.index + 80)) }));
    }
    for (const rule of rules) {
      for (const selector of rule.selectors) {
        const bad = classNamesInSelector(selector).filter((name) => name.includes('\\') || /^-?\d/.test(name));
        if (bad.length > 0) {
          findings.push(finding('style-class-name', `class selector ${bad.map((name) => `.${name}`).join(', ')} is escaped or starts with a digit: Gmail drops the whole <style>`, { excerpt: shorten(selector) }));
        }
      }
    }
  }
  return findings;
}

const outlookDarkMode = /^\s*\[data-og[sa][cb]\]/i;

/** Classes that carry a rule outside any at-rule are essential look that GMX and WEB.DE never see. */
export function checkClassNeedsStyle(doc: EmailDocument): Finding[] {
  const essential = new Map<string, string>();
  for (const style of doc.styles) {
    for (const rule of walkStylesheet(style.sheet).rules) {
      if (rule.atRules.length > 0 || rule.declarations.length === 0) continue;
      for (const selector of rule.selectors) {
        if (outlookDarkMode.test(selector)) continue;
        for (const name of classNamesInSelector(selector)) {
          const unescaped = name.replace(/\\(.)/g, '$1');
          if (!essential.has(unescaped)) essential.set(unescaped, selector);
        }
      }
    }
  }
  if (essential.size === 0 || !doc.body) return [];
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const element of doc.$(doc.body).find('[class]').toArray()) {
    if (!isElement(element)) continue;
    for (const name of (element.attribs['class'] ?? '').split(/\s+/)) {
      const selector = essential.get(name);
      if (!selector || reported.has(name)) continue;
      reported.add(name);
      findings.push(
        finding('class-needs-style', `class "${name}" is styled by "${selector}" outside @media: GMX and WEB.DE drop <style>, inline this style`, {
          excerpt: excerptOf(doc.$, element),
        }),
      );
    }
  }
  return findings;
}
