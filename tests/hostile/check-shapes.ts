/**
 * Adversarial HTML for the email check, each shape at a given size: long runs that make a
 * backtracking pattern quadratic, deep nesting that makes a recursive walk overflow the stack,
 * and counts that a library caps. `tests/hostile/check-input.test.ts` runs them at a size the
 * unit tests afford; `bench/hostile-check.bench.ts` feeds every rule 1 MB of each.
 */

/** An email frame with a legal footer's words around the payload, so that the Impressum rules read it. */
const frame = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="de" dir="ltr"><head><meta charset="utf-8"><title>x</title>${head}</head><body><div lang="de" dir="ltr"><table role="presentation"><tr><td style="color:#000000;background-color:#ffffff;font-size:16px">${body}</td></tr></table><p style="font-size:12px">Impressum: Beispiel e.V., Vorstand: A. B., Musterstr. 1, 10117 Berlin, info@example.org</p></div></body></html>`;

const fill = (unit: string, size: number) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));

export interface Shape {
  name: string;
  make: (size: number) => string;
}

export const checkShapes: Shape[] = [
  { name: 'one long word', make: (n) => frame(fill('a', n)) },
  { name: 'letters and dots', make: (n) => frame(fill('a.', n)) },
  { name: 'at signs', make: (n) => frame(fill('a@', n)) },
  { name: 'address with endless labels', make: (n) => frame(`a@${fill('b.', n)}1`) },
  { name: 'street words', make: (n) => frame(fill('straße', n)) },
  { name: 'street and spaces', make: (n) => frame(`Musterstr.${fill(' ', n)}x`) },
  { name: 'digits', make: (n) => frame(fill('1', n)) },
  { name: 'digits and spaces', make: (n) => frame(fill('12345 ', n)) },
  { name: 'register and spaces', make: (n) => frame(`Amtsgericht${fill(' ', n)}1 Registernummer${fill(' ', n / 4)}`) },
  { name: 'VAT label repeated', make: (n) => frame(fill('USt-IdNr.', n)) },
  { name: 'whitespace', make: (n) => frame(`a${fill(' \t\n', n)}b`) },
  { name: 'nested tables', make: (n) => frame(`${fill('<table><tr><td>', n / 2)}x${fill('</td></tr></table>', (n / 2) * (18 / 15))}`) },
  { name: 'nested divs, unclosed', make: (n) => frame(fill('<div>', n)) },
  { name: 'nested spans with style', make: (n) => frame(fill('<span style="font-size:90%">', n)) },
  { name: 'nested links', make: (n) => frame(fill('<a href="https://example.org">', n)) },
  { name: 'many paragraphs', make: (n) => frame(fill('<p>x</p>', n)) },
  { name: 'parentheses in a style attribute', make: (n) => frame(`<p style="width:${fill('(', n)}">x</p>`) },
  { name: 'url( in a style attribute', make: (n) => frame(`<p style="background:${fill('url(', n)}">x</p>`) },
  { name: 'calc( in a style attribute', make: (n) => frame(`<p style="width:${fill('calc(', n)}">x</p>`) },
  { name: 'parentheses in <style>', make: (n) => frame('x', `<style>a{width:${fill('(', n)}}</style>`) },
  { name: 'calc( in <style>', make: (n) => frame('x', `<style>a{width:${fill('calc(', n)}}</style>`) },
  { name: 'backslashes in <style>', make: (n) => frame('x', `<style>.a${fill('\\:', n)}{color:red}</style>`) },
  { name: 'escaped class rules', make: (n) => frame('x', `<style>${fill('.a\\:b{color:red}', n)}</style>`) },
  { name: 'broken class rules', make: (n) => frame('x', `<style>${fill('.a\\:b{x}', n)}</style>`) },
  { name: 'rules broken inside', make: (n) => frame('x', `<style>${fill('.a\\:b{b c}', n)}</style>`) },
  { name: 'rules without a selector', make: (n) => frame('x', `<style>${fill('{a:b}', n)}</style>`) },
  { name: 'at-rules among declarations', make: (n) => frame('x', `<style>${fill('.a{@x;color:red}', n)}</style>`) },
  { name: 'unknown properties', make: (n) => frame('x', `<style>${fill('a{b:c}', n)}</style>`) },
  { name: 'quoted font families', make: (n) => frame('x', `<style>${fill('.a{font-family:"x",sans-serif}', n)}</style>`) },
  { name: 'comments between rules', make: (n) => frame('x', `<style>${fill('/*x*/.a{color:red}', n)}</style>`) },
  { name: 'small @media blocks', make: (n) => frame('x', `<style>${fill('@media screen{.a{color:red}}', n)}</style>`) },
  { name: 'quotes in <style>', make: (n) => frame('x', `<style>a{font-family:${fill('"', n)}}</style>`) },
  { name: 'open braces in <style>', make: (n) => frame('x', `<style>${fill('a{', n)}</style>`) },
  { name: 'nested @media', make: (n) => frame('x', `<style>${fill('@media screen{', n)}</style>`) },
  { name: 'nested :not()', make: (n) => frame('x', `<style>${fill(':not(', n)}a{color:red}</style>`) },
  { name: 'unclosed comment in <style>', make: (n) => frame('x', `<style>${fill('/*', n)}</style>`) },
  { name: 'many <style> elements', make: (n) => frame('x', fill('<style>a{color:red}</style>', n)) },
  { name: 'many style attributes', make: (n) => frame(fill('<b style="color:#000000;background:#fff">x</b>', n)) },
  { name: 'many declarations', make: (n) => frame(`<p style="${fill('color:red;', n)}">x</p>`) },
  { name: 'long class attribute', make: (n) => frame(`<p class="${fill('a ', n)}">x</p>`) },
  { name: 'conditional comments', make: (n) => frame(fill('<!--[if mso]><table><tr><td><![endif]-->', n)) },
  { name: 'unclosed conditional comment', make: (n) => frame(`<!--[if mso]>${fill('<![endif]', n)}`) },
  { name: 'long href', make: (n) => frame(`<a href="https://example.org/${fill('a', n)}">x</a>`) },
  { name: 'many links', make: (n) => frame(fill('<a href="https://example.org/">hier</a>', n)) },
  { name: 'many images', make: (n) => frame(fill('<img src="https://example.org/a.png" width="1" height="1" alt="">', n)) },
  { name: 'long font shorthand', make: (n) => frame(`<p style="font:${fill('x ', n)}12px Arial">x</p>`) },
  { name: 'unicode letters', make: (n) => frame(fill('ä', n)) },
  { name: 'headings', make: (n) => frame(fill('<h3>x</h3>', n)) },
];
