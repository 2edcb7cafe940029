import { caniemail, type CanIEmailOptions } from 'caniemail';
import { describe, expect, it } from 'vitest';
import { defaultClients, emailClientIds } from '../../src/check';
import { parseEmail, sourceRange } from '../../src/check/document';
import { clientSupportReport } from '../../src/check/rules/client-support';
import { caniemailData } from '../../src/check/support/data';
import { renderEmail } from '../../src/render';
import { exampleIssues } from '../support/issues';
import { ruleCases } from './cases';
import { clean } from './helpers';

/**
 * The check judges client support with its own index over caniemail's data. This suite runs
 * caniemail 2.0.2 itself on the same HTML, the way the check used to (the markup with `<style>`
 * bodies blanked, then each `<style>` block as CSS), and demands the same features at the same
 * places for every client, so that the verdicts cannot drift from caniemail's.
 */
/** Converts caniemail's 1-based line/column positions into string offsets of the same source. */
function lineOffsets(source: string): (line: number, column: number) => number {
  const starts = [0];
  for (const match of source.matchAll(/\r\n|\r|\n/g)) starts.push((match.index ?? 0) + match[0].length);
  return (line, column) => (starts[line - 1] ?? Number.NaN) + column - 1;
}

function viaCaniemail(html: string, client: string): string[] | { threw: string } {
  const doc = parseEmail(html);
  const styles = doc.styles.flatMap(({ element, css }) => {
    const start = element.children[0] ? sourceRange(element.children[0])?.start : undefined;
    return start !== undefined && css.trim() !== '' && html.slice(start, start + css.length) === css ? [{ css, start }] : [];
  });
  let blanked = html;
  for (const { css, start } of styles) blanked = blanked.slice(0, start) + css.replace(/[^\r\n]/g, ' ') + blanked.slice(start + css.length);
  const at = (source: string, offset: number, stop: RegExp): string => {
    const rest = source.slice(offset, offset + 4000);
    const end = stop.exec(rest);
    return (end ? rest.slice(0, end.index + 1) : rest).replace(/\s+/g, ' ').trim();
  };
  const run = (input: { html: string } | { css: string }) => caniemail({ ...input, clients: [client] as CanIEmailOptions['clients'] }).issues.errors.get(client as never) ?? [];
  try {
    const found: string[] = [];
    const htmlOffset = lineOffsets(html);
    for (const issue of run({ html: blanked })) {
      const position = issue.position?.start;
      found.push(`${issue.title} @ ${position ? at(html, htmlOffset(position.line, position.column), />/) : '-'}`);
    }
    for (const style of styles) {
      const cssOffset = lineOffsets(style.css);
      for (const issue of run({ css: style.css })) {
        const position = issue.position?.start;
        found.push(`${issue.title} @ ${position ? at(html, style.start + cssOffset(position.line, position.column), /[{;}]/) : '-'}`);
      }
    }
    return found.sort();
  } catch (error) {
    return { threw: error instanceof Error ? error.message : String(error) };
  }
}

function viaIndex(html: string, client: (typeof defaultClients)[number]): { errors: string[]; unknown: string[] } {
  const report = clientSupportReport(parseEmail(html), [client]);
  const label = (list: { title: string; code: { source: string | undefined } }[]) => list.map(({ title, code }) => `${title} @ ${code.source ?? '-'}`).sort();
  return { errors: label(report.issues.get(client) ?? []), unknown: label(report.unknown.get(client) ?? []) };
}

function expectSameVerdicts(html: string): void {
  for (const client of defaultClients) {
    const expected = viaCaniemail(html, client);
    const actual = viaIndex(html, client);
    if (Array.isArray(expected)) {
      expect(actual.unknown, client).toEqual([]);
      expect(actual.errors, client).toEqual(expected);
    } else {
      // caniemail gives up on the client; the index names the feature it has no data for.
      const title = /Feature "(.+)" not found on/.exec(expected.threw)?.[1];
      expect(title, expected.threw).toBeDefined();
      expect(actual.unknown.some((entry) => entry.startsWith(`${title} @`)), `${client}: ${expected.threw}`).toBe(true);
    }
  }
}

describe('client support: the index agrees with caniemail 2.0.2', () => {
  it('knows exactly the clients of caniemail\'s data', () => {
    const inData = new Set(caniemailData.data.flatMap((feature) => Object.entries(feature.stats).flatMap(([family, platforms]) => Object.keys(platforms).map((platform) => `${family}.${platform}`))));
    const ids: string[] = [...emailClientIds];
    expect(ids.sort()).toEqual([...inData].sort());
  });

  it('on the clean fixture', () => {
    expectSameVerdicts(clean);
  });

  // The check-readable cases are input the check does not read on purpose (caniemail's own parser
  // overflows the stack or takes quadratic time on it): no parity there.
  it.each(ruleCases.filter((c) => c.rule !== 'check-readable').map((c) => [`${c.rule}: ${c.name}`, c.html] as const))('on the rule case %s', (_name, html) => {
    expectSameVerdicts(html);
  });

  it('on every example issue', async () => {
    for (const { element } of await exampleIssues()) expectSameVerdicts((await renderEmail(element())).html);
  });

  it('on markup that uses many features at once', () => {
    const html = `<!DOCTYPE html><html lang="de"><head><style>
/* comment */ .a > .b + .c ~ .d, #x::before { display: grid; gap: 4px; width: calc(100% - 2rem); font-family: system-ui; }
@supports (display:flex) { .e { display: flex } }
@font-face { font-family: X; src: url(x.woff2) }
* { box-sizing: border-box; margin-inline: 0; }
a:hover, p:first-child, div:has(> p) { color: rgb(0 0 0 / 50%); background: url("bg.webp"); }
</style></head><body><!-- note --><svg width="10" height="10"></svg><video src="v.mp4"></video>
<picture><source srcset="a.avif 1x, b.webp 2x"><img src="x.gif" srcset="y.png 2x" alt="" loading="lazy"></picture>
<a href="#top" name="top">top</a><a href="mailto:a@example.org">mail</a><meta name="color-scheme" content="dark">
<div style="position:absolute;top:0;left:0;inset:0;object-fit:cover;min-height:10vh;font-size:1.2em;line-height:initial;border-radius:4px;text-decoration:underline dotted;width:fit-content;background-image:linear-gradient(red, blue)">x</div>
<form><input type="text"><button>Go</button></form><table><tbody><tr><td>1</td></tr></tbody></table><address>x</address><map name="m"></map>
</body></html>`;
    expectSameVerdicts(html);
  });
});
