import { describe, expect, it } from 'vitest';
import { Divider, Paragraph, PhotoCredit, SectionHeading } from '../../src';
import { renderBlock } from '../support/render';

// The small blocks validate their props like the others: each error names the block and the prop.
describe('small blocks used on their own', () => {
  it.each([
    ['Paragraph', <Paragraph tone={'loud' as 'body'}>x</Paragraph>, /Paragraph: prop "tone" must be one of "body", "muted", "footer", got "loud"/],
    ['Paragraph', <Paragraph spaceAfter={-4}>x</Paragraph>, /Paragraph: prop "spaceAfter" must not be negative/],
    ['SectionHeading', <SectionHeading level={4 as 2}>x</SectionHeading>, /SectionHeading: prop "level" must be 2 or 3, got 4/],
    ['SectionHeading', <SectionHeading spaceAfter={'md' as 'sm'}>x</SectionHeading>, /SectionHeading: prop "spaceAfter" must be one of "none", "xs", "sm", got "md"/],
    ['PhotoCredit', <PhotoCredit credit=" " />, /PhotoCredit: prop "credit" must not be empty/],
    ['Divider', <Divider spaceAbove={'xl' as 'lg'} />, /Divider: prop "spaceAbove" must be one of "none", "sm", "md", "lg", got "xl"/],
  ])('%s refuses bad props: %#', async (_name, element, message) => {
    await expect(renderBlock(element)).rejects.toThrow(message);
  });

  it('render valid props', async () => {
    const { $ } = await renderBlock(
      <>
        <SectionHeading level={3}>Termine</SectionHeading>
        <Paragraph tone="muted" bold spaceAfter={0}>
          Hinweis
        </Paragraph>
        <PhotoCredit credit="SenGPG/Nils Bornemann" />
        <Divider spaceAbove="sm" />
      </>,
    );
    expect($('h3').text()).toBe('Termine');
    expect($('h3').attr('style')).toMatch(/(^|;)margin:0 0 8px(;|$)/);
    expect($('p').first().attr('style')).toMatch(/(^|;)margin:0(;|$)/);
    expect($('p').eq(1).text()).toBe('Foto: SenGPG/Nils Bornemann');
  });

  it('SectionHeading keeps the space below that its spaceAfter step names', async () => {
    const margins = await Promise.all(
      (['none', 'xs', 'sm'] as const).map(async (step) => (await renderBlock(<SectionHeading spaceAfter={step}>x</SectionHeading>)).$('h2').css('margin')),
    );
    expect(margins).toEqual(['0', '0 0 4px', '0 0 8px']);
  });
});
