import { load, type CheerioAPI } from 'cheerio';
import type { ReactNode } from 'react';
import { Newsletter, renderEmail, type Locale, type RenderResult, type Theme } from '../../src';

export interface Rendered extends RenderResult {
  $: CheerioAPI;
}

/** Renders one block inside a minimal Newsletter, through the library's one render path. */
export async function renderBlock(block: ReactNode, options: { lang?: Locale; theme?: Theme } = {}): Promise<Rendered> {
  const result = await renderEmail(
    <Newsletter lang={options.lang} theme={options.theme} title="Test" preview="Test preview">
      {block}
    </Newsletter>,
  );
  return { ...result, $: load(result.html) };
}

/** Whitespace folded to single spaces: for comparing text regardless of line wrapping. */
export const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
