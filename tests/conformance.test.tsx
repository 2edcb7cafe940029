import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { isSafeHref, Masthead, Newsletter, renderEmail } from '../src';
import { checkEmail, formatFindings } from '../src/check';
import { ROLE_CLASS, schemeImageClass } from '../src/base/markup';
import { builtInBlocks } from '../src/components/blocks';
import { blockExamples } from '../stories/support/blockExamples';
import { exampleIssues } from './support/issues';

const footer = blockExamples.find((e) => e.label === 'LegalFooter (stacked)')!;

/**
 * One sweep over every example of every block (each folder's examples.tsx, inside a Newsletter
 * with a masthead and a legal footer, the least a sendable document has: an h1, an Impressum, an
 * unsubscribe link), in both built-in locales, and both example issues: the rules every output
 * of the library must keep.
 */
const subjects: [string, () => Promise<string>][] = [
  ...blockExamples.flatMap(({ label, block, element }) =>
    (['de', 'en'] as const).map((lang): [string, () => Promise<string>] => [
      `${label}, ${lang}`,
      async () =>
        (
          await renderEmail(
            <Newsletter lang={lang} title={label} preview={`${label} preview`} browserUrl="https://example.org/web">
              {block.displayName === 'Masthead' ? null : <Masthead title="Test" date="2021-02-08" />}
              {element()}
              {block.displayName === 'LegalFooter' ? null : footer.element()}
            </Newsletter>,
          )
        ).html,
    ]),
  ),
  ...(await exampleIssues()).map(({ name, element }): [string, () => Promise<string>] => [
    name,
    async () => (await renderEmail(element())).html,
  ]),
];

describe('the sweep', () => {
  it('has examples of every built-in block', () => {
    const shown = new Set(blockExamples.map((e) => e.block));
    expect(builtInBlocks.filter((block) => !shown.has(block)).map((block) => block.displayName)).toEqual([]);
  });
});

const FORBIDDEN_CSS = /(^|;)\s*(display:\s*(flex|grid)|position:|gap:|float:|[a-z-]+:\s*var\()/;

describe.each(subjects)('%s', (_, html) => {
  it('keeps the structural email rules', async () => {
    const $ = load(await html());
    // The only classes left are colour roles, and only the dark-mode rules in <style> select them.
    const css = $('style').text();
    const classes = new Set($('[class]').toArray().flatMap((el) => ($(el).attr('class') ?? '').split(/\s+/)));
    for (const name of classes) {
      expect(name).toMatch(ROLE_CLASS);
      expect(css).toContain(`.${name}{`);
    }
    expect(css.replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}|\[data-og[sb][cb]?\] \.[\w-]+\{[^}]*\}|:root\{[^}]*\}/g, '').trim()).toBe('');
    $('table').each((_, t) => expect($(t).attr('role'), $.html(t).slice(0, 80)).toBe('presentation'));
    $('img').each((_, img) => {
      expect($(img).attr('width')).toMatch(/^\d+$/);
      expect($(img).attr('height')).toMatch(/^\d+$/);
      expect($(img).attr('alt')).toBeDefined();
      // An image for the dark scheme waits hidden until the dark-mode rules show it.
      expect($(img).attr('style')).toContain($(img).hasClass(schemeImageClass.dark) ? 'display:none' : 'display:block');
    });
    $('[style]').each((_, el) => expect($(el).attr('style')).not.toMatch(FORBIDDEN_CSS));
    $('a').each((_, a) => expect(isSafeHref($(a).attr('href') ?? '')).toBe(true));
    expect($('svg, video, script, form, iframe')).toHaveLength(0);
    expect($('h1')).toHaveLength(1);
  });

  it('sets a colour on every element that holds text and a background on its container', async () => {
    const $ = load(await html());
    $('body *').each((_, el) => {
      const $el = $(el);
      if ($el.closest('[data-skip-in-text]').length) return;
      const ownText = $el.contents().filter((_, n) => n.type === 'text' && (n as unknown as { data: string }).data.trim() !== '');
      if (!ownText.length) return;
      const colored = $el.closest('[style*="color:"]').filter((_, c) => /(^|;)color:/.test($(c).attr('style') ?? ''));
      expect(colored.length, `no colour for "${$el.text().slice(0, 40)}"`).toBeGreaterThan(0);
      const painted = $el.closest('[style*="background-color"]');
      expect(painted.length, `no background behind "${$el.text().slice(0, 40)}"`).toBeGreaterThan(0);
    });
  });

  it('passes the email check without errors', async () => {
    const errors = checkEmail(await html()).filter((f) => f.severity === 'error');
    expect(errors, formatFindings(errors)).toEqual([]);
  });
});
