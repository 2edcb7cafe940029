import { describe, expect, it } from 'vitest';
import { Masthead } from '../../src';
import { fold, renderBlock } from '../support/render';

describe('Masthead', () => {
  it('renders title with issue number as the only h1, and "Berlin, den 8. Februar 2021"', async () => {
    const { $, text } = await renderBlock(<Masthead title="Vitako-Branchenticker" issueNumber={5} date="2021-02-08" place="Berlin" />);
    expect($('h1')).toHaveLength(1);
    expect(fold($('h1').text())).toBe('Vitako-Branchenticker Nr. 5');
    expect($('p:contains("Berlin, den 8. Februar 2021")')).toHaveLength(1);
    expect(text).toContain('Vitako-Branchenticker Nr.\u00a05');
    expect(text).toContain('Berlin, den 8. Februar 2021');
  });

  it('writes English dates and accepts a Date', async () => {
    const { $ } = await renderBlock(<Masthead title="Digest" issueNumber="12a" date={new Date(2021, 1, 8)} place="Berlin" />, { lang: 'en' });
    expect(fold($('h1').text())).toBe('Digest No. 12a');
    expect($('p:contains("Berlin, 8 February 2021")')).toHaveLength(1);
  });

  it('omits number and place when absent', async () => {
    const { $ } = await renderBlock(<Masthead title="Ticker" date="2021-02-08" />);
    expect(fold($('h1').text())).toBe('Ticker');
    expect($('p:contains("8. Februar 2021")').text()).toBe('8. Februar 2021');
  });

  it('draws the logo on a light halo with numeric size, and the name as text beside it', async () => {
    const { $ } = await renderBlock(
      <Masthead title="T" date="2021-02-08" logo={{ src: 'https://example.org/logo.png', alt: 'Vitako', width: 160, height: 40 }} />,
    );
    const img = $('img');
    // Blocked images lose their alt text in Roundcube and Evolution: the name stays as text.
    expect(img.attr('alt')).toBe('');
    const halo = img.parent();
    expect(halo.attr('class')).toBe('bg-logoHalo');
    expect(img.attr('width')).toBe('160');
    // Beside the logo while both fit, under it on a narrow screen: two inline-blocks, no table
    // cell that would squeeze the name to a few px and break it mid-word.
    const name = halo.nextAll('div').first();
    expect(name.text()).toBe('Vitako');
    expect(halo.css('display')).toBe('inline-block');
    expect(name.css('display')).toBe('inline-block');
    expect(halo.parent().css('font-size')).toBe('0');
  });

  it.each([['2021-02-30'], ['08.02.2021'], [new Date('invalid')]])('names the prop for the invalid date %s', async (date) => {
    await expect(renderBlock(<Masthead title="T" date={date} />)).rejects.toThrow(/Masthead: prop "date" must be a real date/);
  });
});
