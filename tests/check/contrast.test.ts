import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEmail, type Finding } from '../../src/check';
import { renderEmail } from '../../src/render';
import { exampleIssues } from '../support/issues';
import { clean, mutate } from './helpers';

const lowContrast = readFileSync(new URL('./fixtures/low-contrast.html', import.meta.url), 'utf8');
const contrast = (html: string): Finding[] => checkEmail(html).filter((f) => f.rule === 'a11y-contrast');
const P1 = '<p style="margin:0 0 16px;font-size:16px;line-height:24px">Liebe Leserinnen';
/** The clean fixture's first paragraph with `style` added after its own declarations (so it wins). */
const withStyle = (style: string): string => mutate([P1, P1.replace('line-height:24px', `line-height:24px;${style}`)]);

describe('a11y-contrast', () => {
  it('fails a third-party email with low-contrast text, naming colours and ratios', () => {
    expect(contrast(lowContrast).map((f) => `${f.severity} ${f.message}`)).toEqual([
      // the heading: 28px is large text; the background colour of `background` counts, not its image
      'error large text #b3b3b3 on #fafafa has a contrast of 2:1 (WCAG AA needs 3:1) in 1 element',
      'error text #999999 on #fafafa has a contrast of 2.72:1 (WCAG AA needs 4.5:1) in 1 element',
      // rgba(0,0,0,0.3) blended over #fafafa
      'error text #afafaf on #fafafa has a contrast of 2.1:1 (WCAG AA needs 4.5:1) in 1 element',
      // a link without colour is painted #0000ee; rgba(0,0,0,0.8) over #fafafa is #323232
      'error text #0000ee on #323232 has a contrast of 1.36:1 (WCAG AA needs 4.5:1) in 1 element',
    ]);
    expect(contrast(lowContrast)[1]?.excerpt).toBe('<p style="font-size:16px;color:#999999">Everything must go.');
  });

  it('passes the clean fixture and every example issue', async () => {
    expect(contrast(clean)).toEqual([]);
    for (const { name, element } of await exampleIssues()) {
      const { html } = await renderEmail(element());
      expect(contrast(html), name).toEqual([]);
    }
  });

  it('draws the line at 4.5:1 for body text', () => {
    expect(contrast(withStyle('color:#767676;'))).toEqual([]); // 4.54:1
    expect(contrast(withStyle('color:#777777;'))).toHaveLength(1); // 4.48:1
  });

  it('asks 3:1 of large text: 24 px, or 18.66 px bold', () => {
    expect(contrast(withStyle('font-size:24px;color:#949494;'))).toEqual([]); // 3.03:1
    expect(contrast(withStyle('font-size:23px;color:#949494;'))).toHaveLength(1);
    expect(contrast(withStyle('font-size:19px;font-weight:bold;color:#949494;'))).toEqual([]);
    expect(contrast(withStyle('font-size:19px;color:#949494;'))).toHaveLength(1);
  });

  it('reads colours in every CSS notation and blends transparent ones', () => {
    expect(contrast(withStyle('color:rgb(170 170 170);'))).toHaveLength(1);
    expect(contrast(withStyle('color:hsl(0, 0%, 67%);'))).toHaveLength(1);
    expect(contrast(withStyle('color:darkgray;'))).toHaveLength(1);
    expect(contrast(withStyle('color:rgba(26,26,26,0.9);'))).toEqual([]);
    expect(contrast(withStyle('color:#ffffff;background-color:rgba(11,79,138,0.4);'))).toHaveLength(1);
    expect(contrast(withStyle('color:#ffffff;background-color:rgba(11,79,138,1);'))).toEqual([]);
  });

  it('does not judge text over a background image without a colour', () => {
    expect(contrast(withStyle('color:#ffffff;background-image:url(https://example.org/bg.png);'))).toEqual([]);
  });
});
