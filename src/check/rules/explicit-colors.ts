import type { Element } from 'domhandler';
import { excerptOf, inherited, styleOf } from '../document';
import { declaresDarkScheme } from '../scheme';
import { textElements } from '../text';
import { defineRule } from '../rule';
import type { Finding } from '../types';

const colourToken = /#[0-9a-f]{3,8}\b|\b(?:rgb|rgba|hsl|hsla)\(|\b(?:white|black|transparent|[a-z]+(?:grey|gray|blue|red|green|yellow|white))\b/i;

function hasBackground(element: Element): boolean {
  if (element.attribs['bgcolor']) return true;
  const style = styleOf(element);
  const background = style.get('background-color') ?? style.get('background');
  return background !== undefined && colourToken.test(background);
}

export const explicitColors = defineRule({
  id: 'explicit-colors',
  severity: 'error',
  description:
    'Once the document declares a dark colour scheme (`color-scheme` meta or CSS containing "dark"): every visible text node resolves to an inline `color` on an ancestor-or-self inside `<body>` (`<body>` counts), and no `<a>` between the text and that ancestor lacks its own inline `color`; every element with an inline `color` has an ancestor-or-self inside `<body>` with an inline background colour (`background-color`, or a colour in `background`) or a `bgcolor` attribute.',
  clients: 'Thunderbird with a dark theme showed text without explicit colour light grey on the email\'s white background.',
  source: 'Observed in Thunderbird 153 (Debian) with a dark theme',
  /**
   * Thunderbird's dark theme paints text without an explicit colour light grey on the email's own
   * white background; so with a dark colour scheme declared, colours must all come from the email.
   */
  check(doc, { report }) {
    if (!doc.body || !declaresDarkScheme(doc)) return [];
    const body = doc.body;
    const uncoloured: Element[] = [];
    const uncolouredLinks: Element[] = [];
    const coloured = new Set<Element>();
    // Above <body> nothing counts; inside it, the nearest element with an inline colour or the
    // nearest link decides, remembered per element (one pass however deep the text nests).
    const outsideBody = new Map<Element, boolean>();
    const isOutsideBody = (node: Element) => inherited(node, outsideBody, (n, fromParent) => fromParent && n !== body, true);
    const sources = new Map<Element, Element | undefined>();
    const sourceOf = (element: Element) =>
      inherited<Element | undefined>(
        element,
        sources,
        (node, fromParent) => (isOutsideBody(node) ? undefined : styleOf(node).has('color') || (node.name === 'a' && node.attribs['href'] !== undefined) ? node : fromParent),
        undefined,
      );
    for (const element of textElements(doc)) {
      const source = sourceOf(element);
      if (!source) uncoloured.push(element);
      else if (styleOf(source).has('color')) coloured.add(source);
      else uncolouredLinks.push(source); // reported as link; its text is not reported twice
    }
    for (const element of doc.$(body).find('[style*="color"]').toArray()) {
      if (styleOf(element).has('color')) coloured.add(element);
    }
    const backgrounds = new Map<Element, boolean>();
    const hasBackgroundBehind = (element: Element) =>
      inherited(element, backgrounds, (node, fromParent) => !isOutsideBody(node) && (fromParent || hasBackground(node)), false);
    const withoutBackground = [...coloured].filter((element) => !hasBackgroundBehind(element));

    const findings: Finding[] = [];
    const add = (elements: Element[], what: string): void => {
      const unique = [...new Set(elements)];
      const first = unique[0];
      if (first) findings.push(report(`${unique.length} ${what}`, { excerpt: excerptOf(doc.$, first) }));
    };
    add(uncoloured, 'text element(s) without an inline color from the email: dark themes paint them in their own colour');
    add(uncolouredLinks, 'link(s) without their own inline color: clients paint them in their default link colour');
    add(withoutBackground, 'element(s) with an inline color but no inline background-color/bgcolor behind it inside <body>');
    return findings;
  },
});
