import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { branchenticker05 } from '../../emails/fixtures/branchenticker-05';
import { CallToAction, InlineLink, Issue, Masthead, Newsletter, NewsletterPropError, Paragraph, parseIssue, renderEmail, type IssueData, type LinkTags } from '../../src';
import { blockExamples } from '../../stories/support/blockExamples';

const UTM = 'utm_source=newsletter&utm_medium=email&utm_campaign=branchenticker-05';
const linkTags: LinkTags = { params: { utm_source: 'newsletter', utm_medium: 'email', utm_campaign: 'branchenticker-05' }, domains: ['vitako.de'] };
const UNSUBSCRIBE = 'https://www.vitako.de/newsletter/abmelden?list=branchenticker';
const WEB_VERSION = 'https://www.vitako.de/newsletter/branchenticker-05';
const IMPRESSUM_SITE = 'https://www.vitako.de';

/** Every href of the HTML part, in document order, as a mail client reads it (entities decoded). */
function hrefs(html: string): string[] {
  const $ = load(html);
  return $('a[href]')
    .toArray()
    .map((a) => $(a).attr('href')!);
}

/** Every web URL the plain-text part shows. */
function textUrls(text: string): string[] {
  return Array.from(text.matchAll(/https?:\/\/[^\s<>]+/g), (m) => m[0].replace(/[.,;:]+$/, ''));
}

function tagged(url: string): string {
  const hash = url.indexOf('#');
  const head = hash < 0 ? url : url.slice(0, hash);
  return `${head}${head.includes('?') ? '&' : '?'}${UTM}${hash < 0 ? '' : url.slice(hash)}`;
}

describe('the seed issue with campaign parameters', () => {
  it('tags exactly the links to the listed domain, in the HTML and the text part alike', async () => {
    const plain = await renderEmail(<Issue data={branchenticker05} />);
    const { html, text } = await renderEmail(<Issue data={branchenticker05} />, { linkTags });
    const before = hrefs(plain.html);
    const after = hrefs(html);
    expect(after).toHaveLength(before.length);
    const never = new Set([UNSUBSCRIBE, WEB_VERSION, IMPRESSUM_SITE]);
    let count = 0;
    before.forEach((href, i) => {
      const own = /^https:\/\/(www\.)?vitako\.de([/?#]|$)/.test(href) && !never.has(href);
      if (own) count++;
      expect(after[i], href).toBe(own ? tagged(href) : href);
    });
    expect(count).toBe(15);
    // Other members' sites, mailto: and the never-tagged links stay as written.
    expect(after).toContain('https://www.berliner-anwendertag.de');
    expect(after).toContain('mailto:redaktion@vitako.de');
    expect(after.filter((h) => never.has(h))).toHaveLength(3);

    // The text part shows each link as the HTML writes it, and no URL the HTML does not have.
    const links = new Set(after);
    const shown = textUrls(text);
    for (const url of shown) expect(links.has(url), url).toBe(true);
    for (const href of after.filter((h) => /^https?:/.test(h))) expect(shown, href).toContain(href);
    expect(text).not.toMatch(/vitako\.de\/aktuelles\/[\w-]+(?![\w-]*\?utm_source)/);
  });

  it('is byte-identical to the render without it when it is left out or false', async () => {
    const plain = await renderEmail(<Issue data={branchenticker05} />);
    expect(await renderEmail(<Issue data={branchenticker05} />, { linkTags: false })).toEqual(plain);
    expect(await renderEmail(<Issue data={{ ...branchenticker05, linkTags: false }} />)).toEqual(plain);
  });

  it('reads the same setting from issue data, and the issue wins over the render option', async () => {
    const fromOption = await renderEmail(<Issue data={branchenticker05} />, { linkTags });
    const fromData = await renderEmail(<Issue data={{ ...branchenticker05, linkTags }} />);
    expect(fromData).toEqual(fromOption);
    const other = { params: { utm_source: 'app' }, domains: ['*'] };
    expect(await renderEmail(<Issue data={{ ...branchenticker05, linkTags }} />, { linkTags: other })).toEqual(fromOption);
    expect(await renderEmail(<Issue data={{ ...branchenticker05, linkTags: false }} />, { linkTags: other })).toEqual(await renderEmail(<Issue data={branchenticker05} />));
    // A parsed issue keeps its parsed setting.
    expect(await renderEmail(<Issue data={parseIssue({ ...branchenticker05, linkTags })} />)).toEqual(fromOption);
  });

  it('leaves a block with linkTags: false and a link listed in except as written', async () => {
    const data = structuredClone(branchenticker05) as IssueData;
    const news = data.news!;
    news[0] = { ...news[0]!, linkTags: false } as (typeof news)[number];
    const firstHref = news[0]!.href!;
    const secondHref = news[1]!.href!;
    const blocks = parseIssue(data).blocks;
    expect(blocks.some((b) => 'linkTags' in b && b.linkTags === false)).toBe(true);
    const { html, text } = await renderEmail(<Issue data={{ ...data, linkTags: { ...linkTags, except: [secondHref] } }} />);
    const after = hrefs(html);
    expect(after).toContain(firstHref);
    expect(after).toContain(secondHref);
    expect(after).not.toContain(tagged(firstHref));
    expect(text).toContain(`${firstHref}\n`);
    // The next news item is tagged as usual.
    expect(after).toContain(tagged(news[2]!.href!));
  });
});

describe('the issue\'s unsubscribe and web-version pages', () => {
  it('are never tagged, also where a paragraph links them', async () => {
    const data = structuredClone(branchenticker05) as IssueData;
    data.intro!.paragraphs.push(`Sie möchten den Branchenticker nicht mehr erhalten? [Hier abbestellen](${UNSUBSCRIBE}), [im Browser lesen](${WEB_VERSION}) oder [Kontakt](https://www.vitako.de/kontakt).`);
    for (const options of [{ linkTags }, {}]) {
      const { html, text } = await renderEmail(<Issue data={options.linkTags ? data : { ...data, linkTags }} />, options);
      const after = hrefs(html);
      expect(after.filter((h) => h === UNSUBSCRIBE)).toHaveLength(2);
      expect(after.filter((h) => h === WEB_VERSION)).toHaveLength(2);
      expect(after).toContain(`https://www.vitako.de/kontakt?${UTM}`);
      expect(text).not.toMatch(/abmelden\?list=branchenticker&utm/);
    }
  });
});

describe('blocks in JSX', () => {
  const frame = (children: React.ReactNode) => (
    <Newsletter title="Test" preview="Test" browserUrl="https://www.vitako.de/web">
      <Masthead title="Test" date="2021-02-08" />
      {children}
    </Newsletter>
  );

  it('takes linkTags: false on any block, also on a single link', async () => {
    const { html, text } = await renderEmail(
      frame(
        <>
          <CallToAction href="https://www.vitako.de/anmelden">Anmelden</CallToAction>
          <CallToAction href="https://www.vitako.de/partner" linkTags={false}>
            Partner
          </CallToAction>
          <Paragraph>
            Siehe <InlineLink href="https://www.vitako.de/a">hier</InlineLink> und <InlineLink href="https://www.vitako.de/b" linkTags={false}>dort</InlineLink>.
          </Paragraph>
        </>,
      ),
      { linkTags },
    );
    expect(hrefs(html)).toEqual(['https://www.vitako.de/web', `https://www.vitako.de/anmelden?${UTM}`, 'https://www.vitako.de/partner', `https://www.vitako.de/a?${UTM}`, 'https://www.vitako.de/b']);
    expect(text).toMatch(/Anmelden:\s+https:\/\/www\.vitako\.de\/anmelden\?utm_source=newsletter&utm_medium=email&utm_campaign=branchenticker-05\n/);
    expect(text).toContain('Partner: https://www.vitako.de/partner\n');
  });

  it('refuses any other value of a block\'s linkTags', async () => {
    await expect(renderEmail(frame(<CallToAction href="https://www.vitako.de/x" linkTags={true as unknown as false}>x</CallToAction>), { linkTags })).rejects.toThrow(
      'CallToAction: prop "linkTags" must be false (the block\'s links are left as written) or left out, got true',
    );
  });
});

describe('a wrong setting is refused, naming the field', () => {
  it('in renderEmail', async () => {
    const wrong = { params: { 'utm source': 'x', utm_medium: 'a\nb' }, domains: ['https://vitako.de'] };
    const error = await renderEmail(<Issue data={branchenticker05} />, { linkTags: wrong as LinkTags }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NewsletterPropError);
    const message = (error as Error).message;
    expect(message).toMatch(/^renderEmail: prop "linkTags\.params\.utm source" is not a usable parameter name/m);
    expect(message).toMatch(/^renderEmail: prop "linkTags\.params\.utm_medium" must be one line without tabs/m);
    expect(message).toMatch(/^renderEmail: prop "linkTags\.domains\.0" must be a domain alone, without scheme, path or port, e\.g\. "vitako\.de"/m);
    await expect(renderEmail(<Issue data={branchenticker05} />, { linkTags: true as unknown as LinkTags })).rejects.toThrow(
      /renderEmail: prop "linkTags" must be link tags \{ params, domains, except\? \} or false, e\.g\. linkTags: \{ params: \{ utm_source: 'newsletter'/,
    );
  });

  it('in issue data', () => {
    expect(() => parseIssue({ ...branchenticker05, linkTags: { params: { utm_source: 'x' } } } as IssueData)).toThrow(/"linkTags\.domains" is required: a list of domains/);
    expect(() => parseIssue({ ...branchenticker05, linkTags: { params: { utm_source: 'x' }, domains: ['*'], exept: [] } } as IssueData)).toThrow(
      /"linkTags" unknown key "exept" \(did you mean "except"\?\)/,
    );
  });
});

describe('every block writes its links through the tagging (sweep)', () => {
  const every: LinkTags = { params: { nk_test: '1' }, domains: ['*'] };
  const footer = blockExamples.find((e) => e.label === 'LegalFooter (stacked)')!;
  const frame = (children: React.ReactNode) => (
    <Newsletter title="Test" preview="Test" browserUrl="https://example.org/web">
      <Masthead title="Test" date="2021-02-08" />
      {children}
      {footer.element()}
    </Newsletter>
  );
  const web = (href: string) => /^https?:\/\//.test(href);

  it('leaves the frame\'s unsubscribe, web-version and Impressum links untagged', async () => {
    const { html } = await renderEmail(frame(null), { linkTags: every });
    const links = hrefs(html).filter(web);
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const href of links) expect(href).not.toContain('nk_test');
  });

  it.each(blockExamples.filter((e) => e.block.displayName !== 'LegalFooter' && e.block.displayName !== 'Newsletter').map((e) => [e.label, e] as const))('%s', async (_, example) => {
    const frameLinks = hrefs((await renderEmail(frame(null))).html).length;
    const plain = await renderEmail(frame(example.element()));
    const { html, text } = await renderEmail(frame(example.element()), { linkTags: every });
    const before = hrefs(plain.html);
    const after = hrefs(html);
    expect(after).toHaveLength(before.length);
    // The block's own links come between the masthead and the footer: all of its web links are tagged.
    const own = before.length - frameLinks;
    before.forEach((href, i) => {
      const inBlock = i > 0 && i <= own; // the web-version link comes first, the footer's last
      if (inBlock && web(href)) expect(after[i], href).toContain('nk_test=1');
      else if (!web(href)) expect(after[i]).toBe(href);
    });
    const links = new Set(after);
    for (const url of textUrls(text)) expect(links.has(url), `${url} in the text part`).toBe(true);
  });
});
