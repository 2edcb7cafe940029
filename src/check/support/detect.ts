import type { CssDeclarationAST, CssStylesheetAST } from '@adobe/css-tools';
import { inlineStyleProblem, readStylesheet } from '../css';
import { startOffset } from '../plain-rule';
import { TextCache } from '../text-cache';
import * as CSSWhat from 'css-what';
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Document, Element } from 'domhandler';
import styleToObject from 'style-to-object';
import { featureTitles, hasFeature } from './features';

/** What the caches below keep, in characters of their keys (see `TextCache`). */
const CACHE_CHARACTERS = 256 * 1024;

/**
 * Which caniemail features a piece of HTML or CSS uses: the detection of caniemail 2.0.2
 * (css-titles, html-titles, image-titles, selectors, check-css, check-html), kept rule for rule
 * so that its verdicts do not change, with every title list built once and every distinct style
 * attribute, declaration, selector and tag judged once per process. Quirks kept on purpose, since
 * they decide verdicts: tag titles match by substring (`<tbody>` counts as `<body>`), function
 * titles never match (caniemail compares titles to function names), only top-level CSS rules are
 * read, and inline declarations are located at their element's start tag.
 */

/** A detected feature use: its caniemail title and where it starts in the source (if known). */
export interface FeatureUse {
  title: string;
  offset: number | undefined;
}

type TitleEntries<T> = readonly (readonly [title: string, value: T])[];

function entries<T>(titles: readonly string[], map: (title: string) => T | undefined): TitleEntries<T> {
  const result: [string, T][] = [];
  for (const title of titles) {
    const value = map(title);
    if (value !== undefined) result.push([title, value]);
  }
  return result;
}

// ---- CSS ------------------------------------------------------------------------------------

const cssTitles = featureTitles('css');

const propertyTitleValues: Readonly<Record<string, readonly string[]>> = {
  'block-size & inline-size': ['block-size', 'inline-size'],
  'border-inline & border-block': ['border-inline', 'border-block'],
  'border-inline & border-block individual logical properties': ['border-block-end', 'border-block-start', 'border-inline-end', 'border-inline-start'],
  'border-inline & border-block longhand properties': [
    'border-block-color',
    'border-block-style',
    'border-block-width',
    'border-inline-color',
    'border-inline-style',
    'border-inline-width',
  ],
  'border-radius logical properties': ['border-end-end-radius', 'border-end-start-radius', 'border-start-end-radius', 'border-start-start-radius'],
  'color-scheme CSS property': ['color-scheme'],
  'css column properties': ['column-count', 'column-fill', 'column-gap', 'column-rule', 'column-rule-color', 'column-rule-style', 'column-rule-width', 'column-span', 'column-width', 'columns'],
  'gap, column-gap, row-gap': ['column-gap', 'gap', 'row-gap'],
  'grid-template-* properties': ['grid-template', 'grid-template-areas', 'grid-template-columns', 'grid-template-rows'],
  'margin-block-start & margin-block-end': ['margin-block-end', 'margin-block-start'],
  'margin-inline & margin-block': ['margin-block', 'margin-inline'],
  'margin-inline-start & margin-inline-end': ['margin-inline-end', 'margin-inline-start'],
  'padding-block-start & padding-block-end': ['padding-block-end', 'padding-block-start'],
  'padding-inline & padding-block': ['padding-block', 'padding-inline'],
  'padding-inline-start & padding-inline-end': ['padding-inline-end', 'padding-inline-start'],
  'left, right, top, bottom': ['left', 'right', 'top', 'bottom'],
};

const propertyTitles = entries(cssTitles, (title) => {
  const listed = propertyTitleValues[title];
  if (listed) return listed;
  const trimmed = title.trim().replace(/ shorthand$/, '').replace(/ property$/, '');
  return /^[a-z-]+$/.test(trimmed) ? [trimmed] : undefined;
});

const atRuleTitles = entries(cssTitles, (title) => (title.startsWith('@') ? title.replace(/^@/, '') : undefined));

const functionTitles = entries(cssTitles, (title) => {
  if (title.startsWith(':')) return undefined;
  if (title === 'CSS Variables (Custom Properties)') return 'var';
  if (!title.includes('()')) return undefined;
  return /([a-z-]+)\(\)/.exec(title)?.[1];
});

const keywordTitles = entries(cssTitles, (title) => (title.includes(' keyword') ? title.replace(/ keyword$/, '') : undefined));

const pairTitles = entries(cssTitles, (title) => {
  const match = /([a-z-]+):\s*([a-z-]+)/.exec(title);
  return match ? `${match[1]}\u0000${match[2]}` : undefined;
});

const propertyValueTitles: TitleEntries<readonly RegExp[]> = Object.entries({
  'fit-content, min-content, max-content': ['fit-content', 'max-content', 'min-content'],
  'system-ui, ui-serif, ui-sans-serif, ui-rounded, ui-monospace': ['system-ui', 'ui-monospace', 'ui-rounded', 'ui-sans-serif', 'ui-serif'],
}).map(([title, values]) => [title, values.map((value) => new RegExp(`(^|[\\s,])${value}([\\s,]|$)`))] as const);

const unitTitles = entries(cssTitles, (title) => {
  if (!title.endsWith(' unit')) return undefined;
  const unit = title.replace(/ unit$/, '');
  return unit === 'initial' ? /\binitial\b/ : new RegExp(`\\d${unit}`);
});

const imageFormatTitles: Readonly<Record<string, string>> = {
  apng: 'Animated PNG image format',
  avif: 'AVIF image format',
  bmp: 'BMP image format',
  gif: 'GIF image format',
  heic: 'HEIF image format',
  heif: 'HEIF image format',
  ico: 'ICO image format',
  jpeg: 'JPG image format',
  jpg: 'JPG image format',
  png: 'PNG image format',
  svg: 'SVG image format',
  tif: 'TIFF image format',
  tiff: 'TIFF image format',
  webp: 'webP image format',
};
const imageMimeTitles: Readonly<Record<string, string>> = {
  'image/apng': 'Animated PNG image format',
  'image/avif': 'AVIF image format',
  'image/bmp': 'BMP image format',
  'image/gif': 'GIF image format',
  'image/heic': 'HEIF image format',
  'image/heif': 'HEIF image format',
  'image/jpeg': 'JPG image format',
  'image/jpg': 'JPG image format',
  'image/png': 'PNG image format',
  'image/svg+xml': 'SVG image format',
  'image/tiff': 'TIFF image format',
  'image/vnd.microsoft.icon': 'ICO image format',
  'image/webp': 'webP image format',
};
const imageTitleSet = new Set(featureTitles('image'));

function imageFormatTitle(url: string): string | undefined {
  const mime = /^data:([^;,]+)/i.exec(url.trim())?.[1]?.toLowerCase();
  if (mime) return imageMimeTitles[mime];
  const path = url.split(/[?#]/, 1)[0] ?? '';
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return extension ? imageFormatTitles[extension] : undefined;
}

function imageTitles(urls: readonly string[]): string[] {
  const titles = new Set<string>();
  for (const url of urls) {
    const title = imageFormatTitle(url);
    if (title && imageTitleSet.has(title)) titles.add(title);
  }
  return [...titles];
}

const urlsInSrcset = (srcset: string): string[] =>
  srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/, 1)[0])
    .filter((url): url is string => url !== undefined && url !== '');

const urlsInCssValue = (value: string): string[] =>
  [...value.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gi)].map((match) => match[2]?.trim()).filter((url): url is string => url !== undefined && url !== '');

const declarationCache = new TextCache<readonly string[]>(CACHE_CHARACTERS);

/** Titles a `property: value` declaration uses, in caniemail's order (property, function, keyword, value, unit, image, pair). */
export function declarationTitles(property: string | undefined, value: string | undefined): readonly string[] {
  const key = `${property ?? '\u0001'}\u0000${value ?? '\u0001'}`;
  const cached = declarationCache.get(key);
  if (cached) return cached;
  const titles: string[] = [];
  if (property !== undefined) {
    for (const [title, values] of propertyTitles) if (values.some((name) => name === property || property.startsWith(`${name}-`))) titles.push(title);
  }
  if (value !== undefined) {
    const functionNames = new Set([...value.matchAll(/([a-z-]+)\(/g)].map((match) => match[1]));
    // caniemail walks [title, name] pairs as [name, title]: a title never equals a function name.
    for (const [title, name] of functionTitles) {
      if (functionNames.has(title)) titles.push(name);
      functionNames.delete(title);
    }
    for (const [title, keyword] of keywordTitles) if (value.includes(keyword)) titles.push(title);
    for (const [title, patterns] of propertyValueTitles) if (patterns.some((pattern) => pattern.test(value))) titles.push(title);
    for (const [title, pattern] of unitTitles) if (pattern.test(value)) titles.push(title);
    titles.push(...imageTitles(urlsInCssValue(value)));
  }
  if (property !== undefined && value !== undefined) {
    const pair = `${property}\u0000${value}`;
    for (const [title, wanted] of pairTitles) if (wanted === pair) titles.push(title);
  }
  declarationCache.set(key, titles);
  return titles;
}

type Detector = (selectors: CSSWhat.Selector[][]) => boolean;
const anyPart = (test: (part: CSSWhat.Selector) => boolean): Detector => (selectors) => selectors.some((selector) => selector.some(test));
const isAttribute = (part: CSSWhat.Selector, name?: string): boolean =>
  part.type === CSSWhat.SelectorType.Attribute && (name === undefined ? part.name !== 'id' && part.name !== 'class' : part.name === name);
const selectorDetectors: Readonly<Record<string, Detector>> = {
  'Adjacent sibling combinator': anyPart((part) => part.type === CSSWhat.SelectorType.Adjacent),
  'Attribute selector': anyPart((part) => isAttribute(part)),
  'Chaining selectors': (selectors) => selectors.some((selector) => selector.filter((part) => isAttribute(part, 'class')).length >= 2),
  'Child combinator': anyPart((part) => part.type === CSSWhat.SelectorType.Child),
  'Class selector': anyPart((part) => isAttribute(part, 'class')),
  'Descendant combinator': anyPart((part) => part.type === CSSWhat.SelectorType.Descendant),
  'General sibling combinator': anyPart((part) => part.type === CSSWhat.SelectorType.Sibling),
  'Grouping selectors': (selectors) => selectors.length >= 2,
  'ID selector': anyPart((part) => isAttribute(part, 'id')),
  'Type selector': anyPart((part) => part.type === CSSWhat.SelectorType.Tag),
  'Universal selector *': anyPart((part) => part.type === CSSWhat.SelectorType.Universal),
};
const selectorTitles = entries(cssTitles, (title) => selectorDetectors[title]);
const pseudoTitles = cssTitles.filter((title) => title.startsWith(':'));
const selectorCache = new TextCache<readonly string[]>(CACHE_CHARACTERS);

/** Titles one selector uses: nesting, pseudo-classes, then selector kinds. */
export function selectorFeatureTitles(selector: string): readonly string[] {
  const cached = selectorCache.get(selector);
  if (cached) return cached;
  const titles: string[] = [];
  if (selector.includes('&')) titles.push('CSS Nesting');
  for (const title of pseudoTitles) if (selector.includes(title)) titles.push(title);
  let parsed: CSSWhat.Selector[][] | undefined;
  try {
    parsed = CSSWhat.parse(selector);
  } catch {
    parsed = undefined;
  }
  if (parsed) for (const [title, detect] of selectorTitles) if (detect(parsed)) titles.push(title);
  selectorCache.set(selector, titles);
  return titles;
}

const atRuleTypes = new Set(['charset', 'custom-media', 'document', 'font-face', 'host', 'import', 'keyframes', 'keyframe', 'media', 'namespace', 'page', 'supports']);

/** Offsets from css-tools' 1-based line/column (it counts `\n` only). */
function cssOffsets(css: string): (position: { start?: { line?: number; column?: number } } | undefined) => number | undefined {
  let starts: number[] | undefined;
  return (position) => {
    // A node of the plain-rule reader knows its offset; css-tools' nodes give line and column.
    const known = startOffset(position);
    if (known !== undefined) return known;
    const point = position?.start;
    if (point?.line === undefined || point.column === undefined) return undefined;
    if (!starts) {
      starts = [0];
      for (let index = css.indexOf('\n'); index !== -1; index = css.indexOf('\n', index + 1)) starts.push(index + 1);
    }
    const start = starts[point.line - 1];
    return start === undefined ? undefined : start + point.column - 1;
  };
}

const stylesheetCache = new TextCache<readonly FeatureUse[]>(CACHE_CHARACTERS);

/** Features used by a stylesheet's top-level rules, comments and at-rules; offsets relative to `css`. Judged once per distinct stylesheet. */
export function stylesheetFeatures(css: string): readonly FeatureUse[] {
  const cached = stylesheetCache.get(css);
  if (cached) return cached;
  const uses = stylesheetFeaturesOnce(css);
  // Kept for stylesheets of a size Gmail keeps (16 KB), so that the cache stays small.
  if (css.length > 16_384) return uses;
  stylesheetCache.set(css, uses);
  return uses;
}

function stylesheetFeaturesOnce(css: string): FeatureUse[] {
  // The same parser as caniemail, given bounded pieces (see `readStylesheet`).
  const sheet: CssStylesheetAST = readStylesheet(css).sheet;
  const offsetOf = cssOffsets(css);
  const uses: FeatureUse[] = [];
  const add = (titles: readonly string[], offset: number | undefined): void => {
    for (const title of titles) uses.push({ title, offset });
  };
  const atRules: string[] = [];
  for (const node of sheet.stylesheet.rules) {
    if (node.type === 'rule') {
      const comments: (number | undefined)[] = [];
      for (const declaration of node.declarations ?? []) {
        if (declaration.type === 'comment') {
          comments.push(offsetOf(declaration.position));
          continue;
        }
        const { property, value } = declaration as Partial<CssDeclarationAST>;
        add(declarationTitles(property, value), offsetOf(declaration.position));
      }
      for (const offset of comments) add(['CSS comments'], offset);
      const ruleOffset = offsetOf(node.position);
      for (const selector of node.selectors ?? []) add(selectorFeatureTitles(selector), ruleOffset);
    }
    if (node.type === 'comment') add(['CSS comments'], offsetOf(node.position));
    if (atRuleTypes.has(node.type)) atRules.push(node.type);
  }
  add(
    atRuleTitles.filter(([, name]) => atRules.includes(name)).map(([title]) => title),
    undefined,
  );
  return uses;
}

// ---- HTML -----------------------------------------------------------------------------------

const htmlTitles = [...featureTitles('html'), ...['AMP for Email'].filter((title) => featureTitles('others').includes(title))];

const attributeTitles = entries(htmlTitles, (title) => {
  if (title === 'srcset and sizes attributes') return ['srcset', 'sizes'];
  return title.endsWith('attribute') ? [title.replace(/ attribute$/, '')] : undefined;
});

type AttributeMatcher = string | readonly [name: string, value: string | RegExp];
const elementAttributeTitles = entries<{ element: string; attributes: readonly AttributeMatcher[] }>(htmlTitles, (title) => {
  if (title === 'Local anchors') return { element: 'a', attributes: [['href', /^#/], 'name'] };
  if (title === 'mailto: links') return { element: 'a', attributes: [['href', /^mailto:/]] };
  if (title === 'color-scheme meta tag') return { element: 'meta', attributes: [['name', 'color-scheme']] };
  if (title === 'AMP for Email') return { element: 'html', attributes: ['⚡4email', 'amp4email'] };
  const match = /<(\w+) (\w+)="(\w+)"> element/.exec(title);
  return match ? { element: match[1] ?? '', attributes: [[match[2] ?? '', match[3] ?? '']] } : undefined;
});

const elementTitleValues: Readonly<Record<string, readonly string[]>> = {
  address: ['address'],
  'HTML5 doctype': ['!doctype html'],
  'HTML5 semantics': ['article', 'aside', 'details', 'figcaption', 'figure', 'footer', 'header', 'main', 'mark', 'nav', 'section', 'summary', 'time'],
  'Image maps': ['map'],
  'Embedded <svg> image': ['image'],
};
// caniemail tests `tagName.includes(values)`: the list becomes one comma-joined string, a substring test.
const elementTitles = entries(htmlTitles, (title) => {
  const listed = elementTitleValues[title];
  if (listed) return listed.join(',');
  return /<(\w+)>/.exec(title)?.[1];
});

const tagCache = new TextCache<readonly string[]>(CACHE_CHARACTERS);
function elementTitlesFor(tagName: string): readonly string[] {
  let titles = tagCache.get(tagName);
  if (!titles) {
    titles = elementTitles.filter(([, value]) => tagName.includes(value)).map(([title]) => title);
    tagCache.set(tagName, titles);
  }
  return titles;
}

const attributeNamesCache = new TextCache<readonly string[]>(CACHE_CHARACTERS);
function attributeTitlesFor(names: readonly string[]): readonly string[] {
  const key = names.join('\u0000');
  let titles = attributeNamesCache.get(key);
  if (!titles) {
    titles = attributeTitles.filter(([, values]) => values.some((value) => names.includes(value))).map(([title]) => title);
    attributeNamesCache.set(key, titles);
  }
  return titles;
}

/** The element-and-attribute titles per tag name, so that an element looks at its own only. */
const elementAttributeTitlesByTag = new Map<string, TitleEntries<readonly AttributeMatcher[]>>();
for (const [title, { element, attributes }] of elementAttributeTitles) {
  const list = elementAttributeTitlesByTag.get(element) as [string, readonly AttributeMatcher[]][] | undefined;
  if (list) list.push([title, attributes]);
  else elementAttributeTitlesByTag.set(element, [[title, attributes]]);
}

function elementAttributePairTitles(tagName: string, attributes: Readonly<Record<string, string>>): readonly string[] {
  const candidates = elementAttributeTitlesByTag.get(tagName);
  if (!candidates) return [];
  const titles: string[] = [];
  for (const [title, matchers] of candidates) {
    for (const matcher of matchers) {
      if (typeof matcher === 'string') {
        if (matcher in attributes) titles.push(title);
        continue;
      }
      const [name, wanted] = matcher;
      const value = attributes[name];
      if (value === undefined) continue;
      if (typeof wanted === 'string' ? value === wanted : wanted.test(value)) titles.push(title);
    }
  }
  return titles;
}

const styleAttributeCache = new TextCache<readonly string[]>(CACHE_CHARACTERS);

/** Titles of an inline `style` attribute, read as caniemail reads it (style-to-object, later duplicates win). */
export function styleAttributeTitles(style: string): readonly string[] {
  const cached = styleAttributeCache.get(style);
  if (cached) return cached;
  // What the check cannot read (see `readStylesheet`) is reported by check-readable, not judged here.
  const declarations = inlineStyleProblem(style) === undefined ? styleToObject(style) : null;
  const titles = declarations === null ? [] : Object.entries(declarations).flatMap(([property, value]) => declarationTitles(property, String(value)));
  styleAttributeCache.set(style, titles);
  return titles;
}

function hasAttributes(attribs: Readonly<Record<string, string>>): boolean {
  for (const _ in attribs) return true;
  return false;
}

function addUses(uses: FeatureUse[], titles: readonly string[], offset: number | undefined): void {
  for (const title of titles) uses.push({ title, offset });
}

function elementFeatures(node: Element, uses: FeatureUse[]): void {
  const offset = node.startIndex ?? undefined;
  const { attribs, name } = node;
  addUses(uses, elementTitlesFor(name), offset);
  if (!hasAttributes(attribs)) {
    // Without attributes an element uses its tag's features alone (most elements of a long email).
    visitChildren(node.children, uses);
    return;
  }
  addUses(uses, attributeTitlesFor(Object.keys(attribs)), offset);
  addUses(uses, elementAttributePairTitles(name, attribs), offset);
  const srcset = attribs['srcset'];
  if ((name === 'img' && attribs['src']) || srcset) {
    const imageUrls: string[] = [];
    if (name === 'img' && attribs['src']) imageUrls.push(attribs['src']);
    if (name === 'source' && srcset) imageUrls.push(...urlsInSrcset(srcset));
    if (srcset) imageUrls.push(...urlsInSrcset(srcset));
    addUses(uses, imageTitles(imageUrls), offset);
  }
  if (attribs['style'] !== undefined) addUses(uses, styleAttributeTitles(attribs['style']), offset);
  visitChildren(node.children, uses);
}

function visitChildren(children: readonly ChildNode[], uses: FeatureUse[]): void {
  for (const child of children) {
    if (child.type === 'tag' || child.type === 'style') elementFeatures(child, uses);
    else if (child.type === 'comment') uses.push({ title: 'HTML comments', offset: child.startIndex ?? undefined });
  }
}

/**
 * Features used by the markup and inline styles of an HTML document, in document order. The
 * `<style>` contents are judged separately with `stylesheetFeatures`. `parsed` is the same HTML
 * already parsed by htmlparser2 with start and end indices.
 */
export function markupFeatures(html: string, parsed?: Document): FeatureUse[] {
  const document = parsed ?? parseDocument(html, { withStartIndices: true, withEndIndices: true });
  const uses: FeatureUse[] = [];
  for (const child of document.children) {
    if (child.type === 'tag') elementFeatures(child, uses);
    else if (child.type === 'comment') uses.push({ title: 'HTML comments', offset: child.startIndex ?? undefined });
  }
  return uses;
}

export { hasFeature };
