import type * as z from 'zod';
import { validateProps } from '../base/fields';
import { sharedAcrossCopies } from '../base/shared';
import type { BuiltInBlock } from '../components/blocks';
import type { AnyBlock } from '../define/defineBlock';
import { schemaAndRegistry, type BlockRegistry, type createIssueSchema, type IssueData } from './schema';

declare const parsed: unique symbol;

/**
 * An issue the schema has parsed (`parseIssue`): dates are calendar days, the shorthand is the
 * list of `blocks`. `Issue`, `buildEml`, `calendarFiles` and the CLI take it as it is, without
 * parsing it again.
 */
export type ParsedIssue<B extends AnyBlock = never> = z.output<ReturnType<typeof createIssueSchema<B>>> & { readonly [parsed]: true };

/**
 * Every issue `parseIssue` returned, with the blocks it was parsed with. Kept on `globalThis` under
 * a registered symbol, as the React contexts are: `newsletter-kit/send` and the CLI carry their own
 * copy of this module, and an issue the app parsed with its own blocks must be known to them as
 * parsed (or `buildEml` would parse it again without the app's blocks).
 */
const parsedIssues = sharedAcrossCopies('parsed-issues@1', () => new WeakMap<object, BlockRegistry>());

/**
 * Validates issue data once and returns the parsed issue; every problem is reported with its
 * path in one `NewsletterPropError` ("Issue: prop "news.3.image.alt" is required: …"). With an
 * app's own blocks: `parseIssue(data, { blocks: [JobListing] })`.
 */
export function parseIssue<const B extends AnyBlock = never>(data: IssueData<B>, options: { blocks?: readonly B[] } = {}): ParsedIssue<B> {
  const { schema, registry } = schemaAndRegistry(options.blocks ?? []);
  const issue = validateProps('Issue', schema as z.ZodType<object>, data);
  parsedIssues.set(issue, registry);
  return issue as ParsedIssue<B>;
}

/** Whether a value is an issue that `parseIssue` returned. */
export function isParsedIssue(value: unknown): value is ParsedIssue<AnyBlock> {
  return typeof value === 'object' && value !== null && parsedIssues.has(value);
}

/** The blocks a parsed issue was parsed with, by type. */
export function registryOf(issue: ParsedIssue<AnyBlock>): BlockRegistry {
  return parsedIssues.get(issue)!;
}

/** Issue data as given, or parsed already: the parsed issue, parsing it only when it is not. */
export function asParsedIssue<B extends AnyBlock = never>(data: IssueData<B> | ParsedIssue<B>, options: { blocks?: readonly B[] } = {}): ParsedIssue<B> {
  return isParsedIssue(data) ? (data as ParsedIssue<B>) : parseIssue(data as IssueData<B>, options);
}

export type { BuiltInBlock };
