import type { Element } from 'domhandler';
import { parseColor } from '../../base/values';
import { elementsBelow, excerptOf, inherited, isHidden, styleOf, type EmailDocument } from '../document';
import { textElements } from '../text';
import { defineRule } from '../rule';
import { cssRules } from '../scheme';
import type { Finding } from '../types';

/** The kinds of paint an element carries inline, each with the properties a dark-mode rule may swap it by. */
const KINDS = [
  { kind: 'text colour', swappedBy: ['color'] },
  { kind: 'background colour', swappedBy: ['background-color', 'background'] },
  { kind: 'border colour', swappedBy: ['border-color', 'border', 'border-top', 'border-right', 'border-bottom', 'border-left', 'border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color'] },
] as const;
type Kind = (typeof KINDS)[number]['kind'];

const BORDER = /^border(?:-(?:top|right|bottom|left))?(?:-color)?$/;

/** Whether a CSS value holds a colour (not `transparent`, `inherit` or `currentColor`). */
function hasColour(value: string): boolean {
  return value.split(/\s+(?![^(]*\))/).some((token) => !/^(?:transparent|inherit|currentcolor|initial|unset)$/i.test(token) && parseColor(token) !== undefined);
}

/** The kinds of paint an element's own inline style (and `bgcolor`) gives it. */
function paintsOf(element: Element): Kind[] {
  const kinds: Kind[] = [];
  const style = styleOf(element);
  const color = style.get('color');
  if (color !== undefined && hasColour(color)) kinds.push('text colour');
  const background = style.get('background-color') ?? style.get('background');
  if ((background !== undefined && hasColour(background)) || element.attribs['bgcolor']) kinds.push('background colour');
  for (const [property, value] of style) {
    if (BORDER.test(property) && hasColour(value)) {
      kinds.push('border colour');
      break;
    }
  }
  return kinds;
}

/** The elements each kind of paint is swapped for by a `prefers-color-scheme: dark` rule. */
function swapped(doc: EmailDocument): Map<Kind, Set<Element>> {
  const covered = new Map<Kind, Set<Element>>(KINDS.map(({ kind }) => [kind, new Set<Element>()]));
  for (const rule of cssRules(doc)) {
    if (!rule.atRules.some((atRule) => /prefers-color-scheme\s*:\s*dark/i.test(atRule))) continue;
    const properties = new Set(rule.declarations.map((d) => d.property.toLowerCase()));
    for (const { kind, swappedBy } of KINDS) {
      if (!swappedBy.some((property) => properties.has(property))) continue;
      for (const selector of rule.selectors) {
        let matched: Element[];
        try {
          matched = doc.$(selector).toArray() as Element[];
        } catch {
          continue; // a selector the parser cannot read selects nothing here
        }
        for (const element of matched) covered.get(kind)!.add(element);
      }
    }
  }
  return covered;
}

/**
 * For each kind, the nearest element up the tree, inside `<body>` (itself included), that paints
 * it inline; computed once per element (`inherited`), so that deep nesting costs one pass.
 */
function paintSources(body: Element): (element: Element, kind: Kind) => Element | undefined {
  const paints = new Map<Element, Kind[]>();
  const paintsOfCached = (element: Element) => {
    let kinds = paints.get(element);
    if (!kinds) paints.set(element, (kinds = paintsOf(element)));
    return kinds;
  };
  const inBody = new Map<Element, boolean>();
  const isInBody = (element: Element) => inherited(element, inBody, (node, fromParent) => fromParent || node === body, false);
  const sources = new Map(KINDS.map(({ kind }) => [kind, new Map<Element, Element | undefined>()]));
  return (element, kind) =>
    inherited<Element | undefined>(
      element,
      sources.get(kind)!,
      (node, fromParent) => (!isInBody(node) ? undefined : paintsOfCached(node).includes(kind) ? node : fromParent),
      undefined,
    );
}

const hint = (kind: Kind) => (kind === 'text colour' ? "fg: 'text'" : kind === 'background colour' ? "bg: 'surface'" : "border: 'border'");

export const darkModeSwap = defineRule({
  id: 'dark-mode-swap',
  severity: 'error',
  alsoWarns: 'a painted colour that no dark-mode rule swaps, where its text and background still belong together (it stays light in a dark email)',
  description:
    'Once the document has `@media (prefers-color-scheme: dark)` rules: visible text whose colour and background do not change together in dark mode is an error — the one swapped by such a rule, the other painted inline and left as it is (text inherited from a swapped block on an inline white background). Every other inline colour (`color`, `background-color` or a colour in `background`, `bgcolor`, a border colour) that no such rule swaps is a warning. Text or a background the email does not paint at all follows the reader\'s scheme and counts as swapped. In newsletter-kit a block paints by colour role (`usePaint`: the `fg-…`, `bg-…`, `bd-…` classes), which the dark-mode rules swap.',
  clients:
    'Apple Mail, Outlook for Mac, Samsung Email in dark mode: where the rules turn a block\'s text light but leave the inline white background of a block inside it, its text stands light on white.',
  source: 'https://www.caniemail.com/features/css-at-media-prefers-color-scheme/; newsletter-kit docs/blocks.md',
  check(doc, { report }) {
    const body = doc.body;
    if (!body) return [];
    const covered = swapped(doc);
    if ([...covered.values()].every((set) => set.size === 0)) return [];
    const isSwapped = (element: Element | undefined, kind: Kind) => element === undefined || covered.get(kind)!.has(element);

    const mixed: Element[] = [];
    const explained = new Set<Element>();
    const sourceOf = paintSources(body);
    for (const element of textElements(doc)) {
      const text = sourceOf(element, 'text colour');
      const background = sourceOf(element, 'background colour');
      if (isSwapped(text, 'text colour') === isSwapped(background, 'background colour')) continue;
      mixed.push(element);
      for (const source of [text, background]) if (source) explained.add(source);
    }

    const unswapped = new Map<Kind, Element[]>();
    for (const element of elementsBelow(doc, body)) {
      const kinds = paintsOf(element);
      if (!kinds.length || explained.has(element) || isHidden(element)) continue;
      for (const kind of kinds) {
        if (isSwapped(element, kind)) continue;
        const list = unswapped.get(kind);
        if (list) list.push(element);
        else unswapped.set(kind, [element]);
      }
    }

    const findings: Finding[] = [];
    if (mixed.length) {
      findings.push(
        report(
          `${mixed.length} text element(s) whose colour and background do not change together in dark mode: one is swapped by a dark-mode rule, the other painted inline without one, so the text can stand light on light or dark on dark. Paint both by role (usePaint, e.g. { fg: 'text', bg: 'surface' }) or give both a rule in @media (prefers-color-scheme: dark)`,
          { excerpt: excerptOf(doc.$, mixed[0]!) },
        ),
      );
    }
    for (const [kind, elements] of unswapped) {
      findings.push(
        report(
          `${elements.length} element(s) paint a ${kind} inline that no dark-mode rule swaps: it stays as it is in a dark email. Paint it by role (usePaint, e.g. { ${hint(kind)} }) or give it a rule in @media (prefers-color-scheme: dark)`,
          { severity: 'warning', excerpt: excerptOf(doc.$, elements[0]!) },
        ),
      );
    }
    return findings;
  },
});
