import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { renderEmail } from '../src';
import { exampleIssues } from './support/issues';

const issues = await exampleIssues();

describe('example issues', () => {
  it('are the German seed issue, its Arabic edition and the English one', () => {
    expect(issues.map((i) => i.name)).toEqual(['branchenticker-05-ar', 'branchenticker-05', 'civic-digest-12']);
  });

  describe.each(issues)('$name', ({ name, element }) => {
    it('matches the reviewed HTML and text snapshots', async () => {
      const { html, text } = await renderEmail(element());
      await expect(html).toMatchFileSnapshot(`./snapshots/${name}.html`);
      await expect(text).toMatchFileSnapshot(`./snapshots/${name}.txt`);
    });

    it('stays well under Gmail’s clipping size', async () => {
      const { html } = await renderEmail(element());
      expect(Buffer.byteLength(html)).toBeLessThan(60_000);
    });

    it('leaves only colour-role classes, only dark-mode CSS in <style>, presentation tables and complete images', async () => {
      const { html } = await renderEmail(element());
      const $ = load(html);
      expect($('style')).toHaveLength(1);
      const css = $('style').text();
      for (const name of new Set($('[class]').toArray().flatMap((el) => ($(el).attr('class') ?? '').split(/\s+/)))) {
        expect(name).toMatch(/^(?:bg|fg|bd)-[A-Za-z]+$/);
        expect(css).toContain(`(prefers-color-scheme:dark){`);
        expect(css).toMatch(new RegExp(`\\.${name}\\{`));
      }
      const withoutDarkMode = css
        .replace(/@media \(prefers-color-scheme:dark\)\{(?:[^{}]*\{[^{}]*\})*\}/, '')
        .replace(/\[data-og(sc|sb)\] [^{]+\{[^}]*\}/g, '')
        .replace(/:root\{color-scheme:light dark;supported-color-schemes:light dark\}/, '');
      expect(withoutDarkMode.trim()).toBe('');
      $('table').each((_, t) => expect($(t).attr('role')).toBe('presentation'));
      $('img').each((_, img) => {
        expect($(img).attr('width')).toMatch(/^\d+$/);
        expect($(img).attr('height')).toMatch(/^\d+$/);
        expect($(img).attr('alt')).toBeTypeOf('string');
      });
      expect($('html').attr('lang')).toMatch(/^(de|en|ar)$/);
      expect($('title').text().trim()).not.toBe('');
    });
  });
});
