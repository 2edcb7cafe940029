import MarkdownIt from 'markdown-it';
import { href } from '../../base/fields';

/**
 * The inline format editors may use in a paragraph: `[text](url "context")`, `**bold**` and
 * `*italic*`, nothing else. markdown-it does the parsing with every other construct switched
 * off, so raw HTML, headings, images, code and autolinks stay literal text.
 */
export type InlineNode =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em'; children: InlineNode[] }
  | { type: 'link'; href: string; context?: string; children: InlineNode[] };

const md = new MarkdownIt('zero', { html: false, linkify: false, typographer: false }).enable(['emphasis', 'link', 'newline']);
// URLs stay exactly as written (merge tags such as *|UNSUB|* must not be percent-encoded);
// the issue schema validates them with the same rule as every other href.
md.validateLink = () => true;
md.normalizeLink = (url) => url;
md.normalizeLinkText = (text) => text;

/**
 * Stars that are never emphasis: between two letters a gender star ("Leser*innen und
 * Bürger*innen" must not turn "innen und Bürger" italic), beside a bar a merge-tag delimiter
 * (`*|FNAME|*`). `_` is no emphasis marker in this format at all. Backslashes are text too (no
 * Markdown escapes): what an editor types stays as typed. These characters are swapped for
 * private-use stand-ins while markdown-it parses, then swapped back.
 */
const STAR = '\uE000';
const UNDERSCORE = '\uE001';
const LITERAL_STAR = /(?<=[\p{L}\p{N}|])\*(?=[\p{L}\p{N}])|\*(?=\|)|(?<=\|)\*/gu;
/** Characters that start emphasis, a link or a line break, or that the parser normalises (CR, NUL). */
const MARKUP_CHAR = /[*_[\]\n\r\0\\]/;
const restore = (s: string) => s.replace(/\uE000/g, '*').replace(/\uE001/g, '_');

export function parseInline(source: string): InlineNode[] {
  // Text that carries the stand-ins itself is taken literally rather than risk changing it.
  if (source.includes(STAR) || source.includes(UNDERSCORE)) return [{ type: 'text', text: source }];
  // Without a character the enabled rules react to, the parse gives the text back unchanged.
  if (!MARKUP_CHAR.test(source)) return source === '' ? [] : [{ type: 'text', text: source }];
  const protectedSource = source.replace(LITERAL_STAR, STAR).replace(/_/g, UNDERSCORE);
  const tokens = md.parseInline(protectedSource, {})[0]?.children ?? [];
  const root: InlineNode[] = [];
  const stack: InlineNode[][] = [root];
  const top = () => stack[stack.length - 1]!;
  for (const token of tokens) {
    switch (token.type) {
      case 'text': {
        const last = top().at(-1);
        if (last?.type === 'text') last.text += restore(token.content);
        else top().push({ type: 'text', text: restore(token.content) });
        break;
      }
      case 'softbreak':
      case 'hardbreak':
        top().push({ type: 'text', text: '\n' });
        break;
      case 'strong_open':
      case 'em_open':
      case 'link_open': {
        const children: InlineNode[] = [];
        const title = token.attrGet('title');
        const node: InlineNode =
          token.type === 'link_open'
            ? { type: 'link', href: restore(String(token.attrGet('href') ?? '')), ...(title ? { context: restore(String(title)) } : {}), children }
            : { type: token.type === 'strong_open' ? 'strong' : 'em', children };
        top().push(node);
        stack.push(children);
        break;
      }
      case 'strong_close':
      case 'em_close':
      case 'link_close':
        stack.pop();
        break;
      default:
        throw new Error(`inline format: unexpected markdown token "${token.type}"`);
    }
  }
  return mergeText(root);
}

function mergeText(nodes: InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (node.type === 'text' && node.text === '') continue;
    if (node.type === 'text' && last?.type === 'text') last.text += node.text;
    else out.push(node.type === 'text' ? { ...node } : { ...node, children: mergeText(node.children) });
  }
  return out;
}

/** What is wrong with a paragraph's inline format: unsafe link targets and links that did not parse. */
export function inlineProblems(source: string): string[] {
  const problems: string[] = [];
  const visit = (nodes: InlineNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        const broken = /\[[^\]]*\]\([^)]*\)/.exec(node.text);
        if (broken) problems.push(`has ${JSON.stringify(broken[0])}, which is not a link: write [text](https://…) with no space in the URL`);
        continue;
      }
      if (node.type === 'link') {
        // The same rule and wording as every other href in the issue.
        const checked = href.safeParse(node.href);
        if (!checked.success) problems.push(`has a link that ${checked.error.issues[0]!.message}`);
      }
      if (node.type === 'link' && node.children.length === 0) problems.push(`has a link to ${JSON.stringify(node.href)} without text`);
      visit(node.children);
    }
  };
  visit(parseInline(source));
  return problems;
}
