import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { branchenticker05 } from '../../emails/fixtures/branchenticker-05';
import { Feedback, Issue, Quote, renderEmail, SocialLinks, socialNetworks, Sponsored, type IssueData } from '../../src';
import { fold, renderBlock } from '../support/render';

const root = join(import.meta.dirname, '..', '..');

describe('Sponsored', () => {
  it.each([
    ['de', 'Anzeige – ITDZ Berlin'],
    ['en', 'Advertisement – ITDZ Berlin'],
  ] as const)('(%s) opens with the locale\'s label and the sponsor, bold in the body text\'s size and colour', async (lang, label) => {
    const { $, text } = await renderBlock(
      <Sponsored sponsor="ITDZ Berlin" title="Sichere Cloud" href="https://example.org/cloud">
        Text.
      </Sponsored>,
      { lang },
    );
    const first = $('[data-nk-section="sponsored"] p').first();
    expect(first.text()).toBe(label);
    expect(first.attr('style')).toContain('font-size:16px');
    expect(first.attr('style')).toContain('font-weight:700');
    expect(first.attr('style')).toContain('color:#1f2933');
    expect(fold(text)).toContain(`${label} Sichere Cloud Text.`);
  });

  it('refuses a missing sponsor', async () => {
    const props = { title: 'T', children: 'x' } as unknown as Parameters<typeof Sponsored>[0];
    await expect(renderBlock(<Sponsored {...props} />)).rejects.toThrow(/Sponsored: prop "sponsor" is required/);
  });
});

describe('SocialLinks', () => {
  const links = [
    { network: 'mastodon', href: 'https://social.example.org/@vitako' },
    { network: 'x', href: 'https://x.com/vitako' },
    { network: 'email', href: 'mailto:redaktion@example.org' },
  ] as const;

  it.each([
    ['de', 'Vitako auf Mastodon'],
    ['en', 'Vitako on Mastodon'],
  ] as const)('(%s) shows each icon for light and for dark, named for screen readers', async (lang, name) => {
    const { $, html } = await renderBlock(<SocialLinks iconBaseUrl="https://cdn.example.org/icons/" owner="Vitako" links={[...links]} />, { lang });
    const light = $('img.im-light');
    const dark = $('img.im-dark');
    expect(light.map((_, img) => $(img).attr('src')).get()).toEqual(['mastodon', 'x', 'email'].map((n) => `https://cdn.example.org/icons/${n}-light.png`));
    expect(dark.map((_, img) => $(img).attr('src')).get()).toEqual(['mastodon', 'x', 'email'].map((n) => `https://cdn.example.org/icons/${n}-dark.png`));
    expect(light.first().attr('alt')).toBe(name);
    expect(dark.first().attr('style')).toContain('display:none');
    expect(dark.first().attr('style')).toContain('mso-hide:all');
    // Both images are 24 px; the files are 48 px (2×).
    expect(light.first().attr('width')).toBe('24');
    // The dark-mode rules trade them, and are written only because the block is there.
    expect(html).toContain('.im-light{display:none!important}.im-dark{display:block!important}');
  });

  it('reads as one line per profile in the plain-text part', async () => {
    const { text } = await renderBlock(<SocialLinks iconBaseUrl="https://cdn.example.org/icons" title="Folgen Sie uns" links={[...links]} />);
    expect(text).toContain('Folgen Sie uns\nMastodon: https://social.example.org/@vitako\nX: https://x.com/vitako\nE-Mail: redaktion@example.org');
  });

  it('ships both icons of every network as 48 px PNGs', async () => {
    for (const network of Object.keys(socialNetworks)) {
      for (const variant of ['light', 'dark']) {
        const file = join(root, 'icons', 'social', `${network}-${variant}.png`);
        expect(existsSync(file), file).toBe(true);
        const png = (await import('node:fs')).readFileSync(file);
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([48, 48]);
      }
    }
  });

  it('refuses an icon base that is not https, and a network it has no icon for', async () => {
    await expect(renderBlock(<SocialLinks iconBaseUrl="http://cdn.example.org/icons" links={[...links]} />)).rejects.toThrow(/SocialLinks: prop "iconBaseUrl"/);
    await expect(renderBlock(<SocialLinks iconBaseUrl="https://cdn.example.org/icons" links={[{ network: 'twitter' as 'x', href: 'https://x.com/a' }]} />)).rejects.toThrow(
      /SocialLinks: prop "links\.0\.network" must be one of "mastodon", .*"x"/,
    );
  });
});

describe('Quote', () => {
  it.each([
    ['de', '„Die Infrastrukturen funktionieren.“'],
    ['en', '“Die Infrastrukturen funktionieren.”'],
  ] as const)('(%s) sets the locale\'s quotation marks and the source below', async (lang, quoted) => {
    const { text } = await renderBlock(<Quote text="Die Infrastrukturen funktionieren." source="Lars Hoppmann" role="Vorstand, krz" />, { lang });
    expect(fold(text)).toContain(`${quoted} — Lars Hoppmann, Vorstand, krz`);
  });
});

describe('Feedback', () => {
  const answers = [
    { label: 'Ja', href: 'https://example.org/f?a=ja' },
    { label: 'Nein', href: 'https://example.org/f?a=nein' },
  ];

  it('gives each answer its link, heard with the question, and lists them in the text part', async () => {
    const { $, text } = await renderBlock(<Feedback question="War diese Ausgabe hilfreich?" answers={answers} />, { lang: 'en' });
    expect($('a').map((_, a) => $(a).attr('href')).get()).toEqual(answers.map((a) => a.href));
    expect(fold($('a').first().text())).toBe('Ja (War diese Ausgabe hilfreich?)');
    expect(text).toContain('War diese Ausgabe hilfreich?\nJa: https://example.org/f?a=ja\nNein: https://example.org/f?a=nein');
  });

  it('needs two answers at least', async () => {
    await expect(renderBlock(<Feedback question="Q?" answers={answers.slice(0, 1)} />)).rejects.toThrow(/Feedback: prop "answers" must offer at least two answers/);
  });
});

describe('the new blocks in issue data', () => {
  it('stand in the list like any other block, in both example locales', async () => {
    for (const lang of ['de', 'en'] as const) {
      const { masthead, footer, title, preview } = branchenticker05;
      const data: IssueData = {
        lang,
        title,
        preview,
        masthead,
        footer,
        blocks: [
          { type: 'quote', text: 'Zitat.', source: 'Quelle' },
          { type: 'sponsored', sponsor: 'Dataport', title: 'Stellen', paragraphs: ['Text.'] },
          { type: 'feedback', question: 'Hilfreich?', answers: [{ label: 'Ja', href: 'https://example.org/j' }, { label: 'Nein', href: 'https://example.org/n' }] },
          { type: 'socialLinks', iconBaseUrl: 'https://example.org/icons', links: [{ network: 'bluesky', href: 'https://bsky.app/profile/a' }] },
        ],
      };
      const { text } = await renderEmail(<Issue data={data} />);
      expect(text).toContain(lang === 'de' ? 'Anzeige – Dataport' : 'Advertisement – Dataport');
      expect(text).toContain('Bluesky: https://bsky.app/profile/a');
    }
  });
});
