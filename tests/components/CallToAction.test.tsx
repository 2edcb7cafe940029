import { describe, expect, it } from 'vitest';
import { CallToAction, defaultTheme } from '../../src';
import { renderBlock } from '../support/render';

describe('CallToAction', () => {
  it('is a bulletproof button: colour and mso-padding-alt on the cell, padding on the link', async () => {
    const { $, text } = await renderBlock(<CallToAction href="https://example.org/jobs">Vitako Stellenmarkt</CallToAction>);
    const a = $('a[href="https://example.org/jobs"]');
    expect(a.text()).toBe('Vitako Stellenmarkt');
    expect(a.attr('style')).toMatch(/padding:12px 24px/);
    expect(a.attr('style')).toContain(`color:${defaultTheme.colors.onAccent}`);
    const td = a.closest('td');
    expect(td.attr('style')).toContain('mso-padding-alt:12px 24px');
    expect(td.attr('style')).toContain(`background-color:${defaultTheme.colors.accent}`);
    expect(td.attr('bgcolor')).toBe(defaultTheme.colors.accent);
    expect(text).toContain('Vitako Stellenmarkt: https://example.org/jobs');
  });

  it('centres when asked and takes context for screen readers', async () => {
    const { $ } = await renderBlock(
      <CallToAction href="https://example.org/x" align="center" context="Vitako Stellenmarkt">
        Alle Stellen
      </CallToAction>,
    );
    expect($('a').closest('table').attr('align')).toBe('center');
    expect($('a').text()).toBe('Alle Stellen (Vitako Stellenmarkt)');
  });

  it('rejects a relative href', async () => {
    await expect(renderBlock(<CallToAction href="/jobs">Jobs</CallToAction>)).rejects.toThrow(/CallToAction: prop "href" must be an absolute/);
  });
});
