import { createElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { blockExamples } from '../../stories/support/blockExamples';
import { branchenticker05 } from '../../emails/fixtures/branchenticker-05';
import { Issue, Newsletter, renderEmail } from '../../src';

/** What React Email's preview (`email dev`, its jsx-dev-runtime) adds to every element of an email it compiles. */
const source = { 'data-source-file': '/app/emails/issue.tsx', 'data-source-line': 12 };

const inNewsletter = (children: ReactNode, extra: object = {}) => (
  <Newsletter lang="de" title="Beispiel" preview="Beispiel" {...extra}>
    {children}
  </Newsletter>
);

describe('data-* attributes on the library’s components', () => {
  it.each(blockExamples.map((e) => [e.label, e] as const))('%s accepts and ignores them', async (_label, example) => {
    const plain = await renderEmail(inNewsletter(example.element()));
    const marked = await renderEmail(inNewsletter(createElement(example.block, { ...example.props, ...source } as never), source));
    expect(marked.html).toBe(plain.html);
    expect(marked.text).toBe(plain.text);
  });

  it('Issue and Newsletter accept and ignore them too', async () => {
    const plain = await renderEmail(<Issue data={branchenticker05} />);
    expect((await renderEmail(createElement(Issue, { data: branchenticker05, ...source }))).html).toBe(plain.html);
  });

  it('still refuses any other unknown prop, naming it', async () => {
    const example = blockExamples.find((e) => e.block.displayName === 'NewsItem')!;
    await expect(renderEmail(inNewsletter(createElement(example.block, { ...example.props, headline: 'x' } as never)))).rejects.toThrow(/NewsItem: .*unknown key "headline"/);
    await expect(renderEmail(inNewsletter(null, { 'aria-label': 'x' }))).rejects.toThrow(/Newsletter: .*unknown key "aria-label"/);
  });
});
