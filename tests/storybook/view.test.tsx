import { describe, expect, it } from 'vitest';
import { renderEmail } from '../../src';
import { branchenticker05 } from '../../emails/fixtures/branchenticker-05';
import Branchenticker05 from '../../emails/branchenticker-05';
import { applyView, blockImages, simulateDarkMode, stripStyles } from '../../src/storybook';
import { localSampleImages } from '../../stories/support/images';

const light = { scheme: 'light', images: 'on', styles: 'on' } as const;

describe('the Storybook toolbar views', async () => {
  // The views must fit what renderEmail really produces, not a hand-written sample.
  const { html } = await renderEmail(<Branchenticker05 issue={branchenticker05} />);

  it('changes nothing in the default view', () => {
    expect(applyView(html, light)).toBe(html);
  });

  it('shows the sample images from emails/static in place of the fixtures\' remote ones', () => {
    const shown = localSampleImages(html);
    const sources = Array.from(shown.matchAll(/<img\b[^>]*\ssrc="([^"]*)"/g), (m) => m[1]);
    expect(sources).toHaveLength(11);
    expect(sources.every((src) => /^\/static\/[a-z0-9-]+\.jpg$/.test(src!))).toBe(true);
    expect(localSampleImages('<img src="https://example.org/none.jpg">', new Set())).toBe('<img src="https://example.org/none.jpg">');
  });

  it('dark: makes the prefers-color-scheme rules unconditional', () => {
    expect(html).toMatch(/@media \(prefers-color-scheme:\s*dark\)/);
    const dark = simulateDarkMode(html);
    expect(dark).not.toMatch(/prefers-color-scheme/);
    expect(dark).toContain('@media all{');
    expect(dark.replace('@media all', '')).toBe(html.replace(/@media \(prefers-color-scheme:\s*dark\)/, ''));
  });

  it('images off: puts an img-src none policy first in <head>', () => {
    const blocked = blockImages(html);
    expect(blocked).toMatch(/<head[^>]*><meta http-equiv="Content-Security-Policy" content="img-src 'none'">/);
    expect(() => blockImages('<p>no head</p>')).toThrow(/no <head>/);
  });

  it('no <style>: removes every style element and nothing else', () => {
    expect(html).toContain('<style');
    const stripped = stripStyles(html);
    expect(stripped).not.toMatch(/<style/i);
    expect(stripStyles('<style media="x">a{}</style><p style="color:red">x</p><STYLE>b{}</STYLE >')).toBe('<p style="color:red">x</p>');
  });

  it('combines: without <style>, dark mode has nothing left to apply', () => {
    const shown = applyView(html, { scheme: 'dark', images: 'off', styles: 'off' });
    expect(shown).not.toMatch(/<style|@media/);
    expect(shown).toContain("img-src 'none'");
  });
});
