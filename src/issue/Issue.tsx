import type { ReactElement, ReactNode } from 'react';
import { NewsletterPropError } from '../base/fields';
import { linkTagger, type LinkTagger } from '../base/values/linkTags';
import { LinkTagsScope, useLink } from '../context';
import { LegalFooter } from '../components/LegalFooter/LegalFooter';
import { Masthead } from '../components/Masthead/Masthead';
import { ParsedNewsletter } from '../components/Newsletter/Newsletter';
import type { AnyBlock, BlockDefinition } from '../define/defineBlock';
import { Rows } from '../layout/Block';
import { compactTheme, defaultTheme, type Theme } from '../theme/theme';
import { asParsedIssue, registryOf, type ParsedIssue } from './parse';
import type { IssueData } from './schema';
import { unsubscribeUrlOf } from './sending';

export interface IssueProps<B extends AnyBlock = never> {
  /**
   * The issue's content, validated as a whole (every problem is reported with its path), or an
   * issue `parseIssue` has parsed already, which is not parsed again.
   */
  data: IssueData<B> | ParsedIssue<B>;
  /** Presentation, kept apart from the content. @default defaultTheme */
  theme?: Theme;
  /** Blocks of your own (made with `defineBlock`) that `data.blocks` may list beside the built-in ones. */
  blocks?: readonly B[];
  /** Not used: an issue's blocks come from its data (`blocks`), so that nothing given is silently left out. */
  children?: never;
}

/**
 * Lays out a whole issue from data: the masthead, the issue's blocks in their order, the legal
 * footer. The issue is validated once, here; the blocks get the parsed values and do not check again.
 */
export function Issue<const B extends AnyBlock = never>({ data, theme = defaultTheme, blocks, children }: IssueProps<B>) {
  if (children !== undefined && children !== null) {
    throw new NewsletterPropError('Issue', [
      {
        prop: 'children',
        message:
          "is not used: an issue's blocks come from its data. List them in data.blocks (e.g. { type: 'paragraph', text: '…' }), register a block of your own with <Issue data={…} blocks={[JobListing]} />, or compose the email from <Newsletter> and the blocks in JSX",
      },
    ]);
  }
  const issue = asParsedIssue(data, { blocks });
  // subject, from and unsubscribe make the message (newsletter-kit/send); the page shows the unsubscribe URL in the footer.
  const { masthead, blocks: entries, footer, density, subject: _subject, from: _from, unsubscribe, linkTags, ...document } = issue;
  const compact = density === 'compact';
  const registry = registryOf(issue);
  const unsubscribeUrl = unsubscribeUrlOf({ footer, unsubscribe });
  const outer = useLink();
  const tagger = issueTagger(linkTags === undefined ? outer : linkTags === false ? undefined : linkTagger(linkTags), [unsubscribeUrl, document.browserUrl]);
  return (
    <LinkTagsScope tagger={tagger}>
      <ParsedNewsletter {...document} theme={compact ? compactTheme(theme) : theme}>
        {/* The masthead's accent border and the footer's background reach the column's edges. */}
        <Masthead.Parsed {...masthead} />
        {laidOut(
          entries.map((entry, i) => ({ definition: registry.get(entry.type)!, element: registry.get(entry.type)!.element(entry as never, i, { compact }) })),
        )}
        <LegalFooter.Parsed {...(compact ? LegalFooter.definition.compact : {})} {...footer} unsubscribeUrl={unsubscribeUrl} />
      </ParsedNewsletter>
    </LinkTagsScope>
  );
}

/**
 * The issue's link tagging: its own setting, which wins over the render's, or the render's. The
 * issue's unsubscribe and web-version URLs are never tagged, wherever they stand (a paragraph
 * that says where to unsubscribe links the same page as the footer).
 */
function issueTagger(tagger: LinkTagger | undefined, never: readonly (string | undefined)[]): LinkTagger | undefined {
  if (!tagger) return undefined;
  const untouched = new Set(never.filter((url) => url !== undefined));
  return (href) => (untouched.has(href) ? href : tagger(href));
}

/**
 * The blocks in order: rows share one `Rows` table (a rule between them is one cell's border);
 * a block that paints to the column's edges stands between two such tables.
 */
function laidOut(blocks: { definition: BlockDefinition; element: ReactElement }[]): ReactNode[] {
  const out: ReactNode[] = [];
  let run: ReactElement[] = [];
  const close = () => {
    if (run.length) out.push(<Rows key={`rows-${out.length}`}>{run}</Rows>);
    run = [];
  };
  for (const { definition, element } of blocks) {
    if (definition.layout === 'band') {
      close();
      out.push(element);
    } else run.push(element);
  }
  close();
  return out;
}
