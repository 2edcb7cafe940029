import { describe, expect, it } from 'vitest';
import { InlineLink, Intro, Paragraph } from '../../src';
import { fold, renderBlock } from '../support/render';

describe('Intro', () => {
  it('renders greeting, paragraphs with inline links and a bold two-line sign-off', async () => {
    const { $, text } = await renderBlock(
      <Intro greeting="Liebe Leserinnen und Leser," signOff={['Bleiben Sie gesund,', 'Ihr Vitako-Team']}>
        <Paragraph>
          Die Debatte fand im Rahmen des <InlineLink href="https://example.org/ds">Digitaler Staat online</InlineLink> statt.
        </Paragraph>
        Zweiter Absatz.
      </Intro>,
    );
    const ps = $('p');
    expect(ps.eq(0).text()).toBe('Liebe Leserinnen und Leser,');
    expect(ps.eq(1).find('a').attr('href')).toBe('https://example.org/ds');
    expect(ps.eq(2).text()).toBe('Zweiter Absatz.');
    const signOff = ps.eq(3);
    expect(signOff.attr('style')).toContain('font-weight:700');
    expect(signOff.find('br')).toHaveLength(1);
    expect(text).toContain('Bleiben Sie gesund,\nIhr Vitako-Team');
    expect(fold(text)).toContain('Digitaler Staat online <https://example.org/ds> statt.');
  });

  it('works without greeting and sign-off', async () => {
    const { $ } = await renderBlock(<Intro>Nur ein Absatz.</Intro>);
    expect($('p').map((_, p) => $(p).text()).get()).toEqual(['Nur ein Absatz.']);
  });

  it('closes without a sign-off flush with the block: the last paragraph element gets no space below', async () => {
    const { $ } = await renderBlock(
      <Intro>
        <Paragraph>Eins.</Paragraph>
        <Paragraph>Zwei.</Paragraph>
      </Intro>,
    );
    expect($('p').eq(0).attr('style')).toContain('margin:0 0 16px');
    expect($('p').eq(1).attr('style')).toMatch(/(^|;)margin:0(;|$)/);
  });

  it('names an empty sign-off', async () => {
    await expect(renderBlock(<Intro signOff={[]}>x</Intro>)).rejects.toThrow(/Intro: prop "signOff" /);
  });
});
