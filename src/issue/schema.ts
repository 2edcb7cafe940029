import * as z from 'zod';
import { builtInBlocks, type BuiltInBlock } from '../components/blocks';
import { callToActionSchema } from '../components/CallToAction/CallToAction';
import { eventCalendarSchema } from '../components/EventCalendar/EventCalendar';
import { introSchema } from '../components/Intro/Intro';
import { legalFooterSchema } from '../components/LegalFooter/LegalFooter';
import { mastheadSchema } from '../components/Masthead/Masthead';
import { newsItemSchema } from '../components/NewsItem/NewsItem';
import { newsletterSchema } from '../components/Newsletter/Newsletter';
import { paragraphs } from '../components/RichText/RichText';
import { choices, href, nonEmpty } from '../base/fields';
import { closestKey, describeInput, linkTagsOption } from '../base/values';
import { isBlock, linkTagsField, type AnyBlock, type BlockDefinition } from '../define/defineBlock';
import { checkUnsubscribeOnce, sendingFields } from './sending';

/**
 * An issue as data: what an editor writes (in TypeScript, JSON, YAML or a CMS), apart from how it
 * looks. Between the masthead and the legal footer stand the issue's `blocks`, in any order:
 * `[{ type: 'intro', … }, { type: 'news', … }, { type: 'heading', text: … }, …]`. Each entry is
 * the block's own props (its schema) plus the fields issue data writes in place of its content.
 * The earlier fixed shape (`intro`, `news`, `calendar`, `links`) stays valid: it is a shorthand
 * for the list it always laid out.
 */

/** A block that issue data can list: built in, or an app's own (`createIssueSchema({ blocks })`). */
type Listed<B> = B extends { readonly definition: { readonly entry: infer E } } ? (E extends z.ZodType ? E : never) : never;
/** An entry of `blocks` as an editor writes it. */
export type BlockEntryInput<B extends AnyBlock = BuiltInBlock> = z.input<Listed<B>>;
/** An entry of `blocks` as the schema has parsed it. */
export type ParsedBlockEntry<B extends AnyBlock = BuiltInBlock> = z.output<Listed<B>>;

/** The blocks issue data can list, by type. */
export type BlockRegistry = ReadonlyMap<string, BlockDefinition>;

const TYPE = /^[a-z][A-Za-z0-9]*$/;

/** The built-in blocks and an app's own, by type; an app's block may not take a built-in type or another's. */
function registryOf(blocks: readonly AnyBlock[]): BlockRegistry {
  if (!Array.isArray(blocks)) throw new TypeError(`createIssueSchema: blocks must be an array of blocks made with defineBlock, got ${describeInput(blocks)}`);
  const registry = new Map<string, BlockDefinition>();
  for (const block of builtInBlocks) if (block.definition.type !== undefined) registry.set(block.definition.type, block.definition as BlockDefinition);
  blocks.forEach((block, index) => {
    if (!isBlock(block)) throw new TypeError(`createIssueSchema: blocks[${index}] is not a block made with defineBlock, got ${describeInput(block)}`);
    const { name, type } = block.definition;
    if (type === undefined || !TYPE.test(type)) {
      throw new TypeError(`createIssueSchema: blocks[${index}] (${name}) has no type for issue data: give defineBlock a type, e.g. type: '${name[0]!.toLowerCase()}${name.slice(1)}'`);
    }
    const taken = registry.get(type);
    if (taken) throw new TypeError(`createIssueSchema: blocks[${index}] (${name}) takes the type "${type}" of ${taken.name}: give it a type of its own`);
    registry.set(type, block.definition as BlockDefinition);
  });
  return registry;
}

/** One entry of `blocks`: read by its `type`, so that an error names the field inside that block. */
function entrySchema(registry: BlockRegistry) {
  const types = [...registry.keys()];
  const known = `${types.length > 2 ? 'one of ' : ''}${types.map((t) => JSON.stringify(t)).join(', ')}`;
  return z.unknown().transform((input, ctx) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      ctx.addIssue({ code: 'custom', input, message: `must be a block { type, … } (type ${known}), got ${describeInput(input)}` });
      return z.NEVER;
    }
    const type = (input as { type?: unknown }).type;
    const definition = typeof type === 'string' && registry.has(type) ? registry.get(type) : undefined;
    if (!definition?.entry) {
      const guess = typeof type === 'string' ? closestKey(type, types) : undefined;
      ctx.addIssue({
        code: 'custom',
        input,
        path: ['type'],
        message:
          type === undefined
            ? `is required: the kind of block, ${choices(types)}`
            : `unknown block type ${describeInput(type)}${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''} — known types: ${types.join(', ')}; an app's own blocks are registered with createIssueSchema({ blocks }) or the CLI's newsletter-kit.config`,
      });
      return z.NEVER;
    }
    const result = definition.entry.safeParse(input);
    if (result.success) return result.data as { type: string };
    for (const issue of result.error.issues) ctx.addIssue({ ...issue, input } as Parameters<typeof ctx.addIssue>[0]);
    return z.NEVER;
  });
}

/** The earlier fixed shape: what an issue lays out between the masthead and the footer when it has no `blocks`. */
const shorthand = {
  /** The editor's letter. Shorthand for a first `{ type: 'intro', … }` block. */
  intro: introSchema.extend({ paragraphs, linkTags: linkTagsField }).optional(),
  /** News items, each under a rule. Shorthand for `{ type: 'divider' }, { type: 'news', … }` blocks. */
  news: z.array(newsItemSchema.extend({ paragraphs, linkTags: linkTagsField }), { error: 'must be an array of news items' }).optional(),
  /** The event calendar, under a rule. Shorthand for `{ type: 'divider' }, { type: 'calendar', … }`. */
  calendar: eventCalendarSchema.extend({ linkTags: linkTagsField }).optional(),
  /** Buttons after the calendar. Shorthand for `{ type: 'button', href, text }` blocks. */
  links: z.array(callToActionSchema.omit({ align: true }).extend({ text: nonEmpty, linkTags: linkTagsField }), { error: 'must be an array of { href, text }' }).optional(),
};
const SHORTHAND = Object.keys(shorthand) as (keyof typeof shorthand)[];

/** `blocks`, or the shorthand: one of the two, so that nothing an editor wrote is left out. */
function checkOneShape(data: unknown, ctx: z.RefinementCtx): void {
  if (typeof data !== 'object' || data === null) return;
  const issue = data as Record<string, unknown>;
  const used = SHORTHAND.filter((key) => issue[key] !== undefined);
  if (issue['blocks'] !== undefined && used.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['blocks'],
      message: `must not be given together with ${used.join(', ')}: write the issue's blocks either as the list "blocks" or in the shorthand intro, news, calendar, links — not both`,
    });
  }
  if (issue['blocks'] === undefined && issue['news'] === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['news'],
      message: `is required: an array of news items — or write the issue's blocks as a list, blocks: [{ type: 'news', title, … }, { type: 'heading', text }, …]`,
    });
  }
}

type Shorthand = { [K in keyof typeof shorthand]?: z.output<(typeof shorthand)[K]> };

/** The list the shorthand stands for: the layout `Issue` always gave it. */
function listOf({ intro, news, calendar, links }: Shorthand): { type: string }[] {
  const list: { type: string }[] = [];
  if (intro) list.push({ type: 'intro', ...intro });
  for (const item of news ?? []) list.push({ type: 'divider' }, { type: 'news', ...item });
  if (calendar) list.push({ type: 'divider' }, { type: 'calendar', ...calendar });
  for (const link of links ?? []) list.push({ type: 'button', ...link });
  list.push({ type: 'divider' });
  return list;
}

function buildIssueSchema<B extends AnyBlock>(blocks: readonly B[]) {
  const registry = registryOf(blocks);
  const entry = entrySchema(registry) as unknown as z.ZodType<ParsedBlockEntry<BuiltInBlock | B>, BlockEntryInput<BuiltInBlock | B>>;
  const schema = newsletterSchema
    .extend({
      masthead: mastheadSchema,
      /**
       * What stands between the masthead and the legal footer, top to bottom: news items,
       * headings, rules, the calendar, buttons, paragraphs, an app's own blocks — in any order.
       * `{ type: 'news', title, paragraphs, … }`, `{ type: 'heading', text }`, `{ type: 'divider' }`.
       */
      blocks: z.array(entry, { error: 'must be a list of blocks [{ type, … }, …]' }).optional(),
      ...shorthand,
      footer: legalFooterSchema.extend({ unsubscribeUrl: href.optional() }),
      ...sendingFields,
      /**
       * Campaign parameters for the issue's links: `{ params: { utm_source: 'newsletter',
       * utm_medium: 'email', utm_campaign: 'branchenticker-05' }, domains: ['vitako.de'],
       * except?: ['https://…'] }`, added to every http(s) link to a listed domain (and its
       * subdomains) in the HTML and the text part; a block leaves its links as written with
       * `linkTags: false`. `false` switches off what `renderEmail`'s `linkTags` sets; this wins over it.
       */
      linkTags: linkTagsOption.optional(),
      /**
       * `compact` lays a long issue out in under half the height: smaller body text, lines and
       * spacing (`compactTheme`), each news image as a thumbnail beside its headline and credit
       * with the teaser at full width, "Mehr…" closing the last paragraph, the Impressum in two
       * columns. Nothing is left out; the plain-text part is the same. @default 'regular'
       */
      density: z.enum(['regular', 'compact'], { error: (i) => `must be "regular" or "compact", got ${JSON.stringify(i.input)}` }).optional(),
    })
    // Run even when other fields are wrong, so that these problems are reported with them.
    .superRefine(checkUnsubscribeOnce, { when: () => true })
    .superRefine(checkOneShape, { when: () => true })
    .transform(({ intro, news, calendar, links, blocks: list, ...issue }) => ({
      ...issue,
      blocks: list ?? (listOf({ intro, news, calendar, links }) as ParsedBlockEntry<BuiltInBlock | B>[]),
    }));
  return { schema, registry };
}

interface Built {
  value?: ReturnType<typeof buildIssueSchema>;
  next: WeakMap<AnyBlock, Built>;
}
/** Schemas built so far, by the sequence of an app's blocks: `<Issue blocks={[JobListing]}>` builds one once, whatever array holds it. */
const built: Built = { next: new WeakMap() };

/**
 * The issue schema with an app's own blocks: `createIssueSchema({ blocks: [JobListing] })`
 * accepts `{ type: 'jobListing', … }` entries in `blocks` beside the built-in ones.
 */
export function createIssueSchema<const B extends AnyBlock = never>(options: { blocks?: readonly B[] } = {}) {
  return schemaAndRegistry(options.blocks ?? []).schema as ReturnType<typeof buildIssueSchema<B>>['schema'];
}

/** The schema and the block registry for an app's blocks, built once per list. */
export function schemaAndRegistry<B extends AnyBlock>(blocks: readonly B[]): ReturnType<typeof buildIssueSchema<B>> {
  let node = built;
  for (const block of Array.isArray(blocks) ? blocks : []) {
    if (!isBlock(block)) return buildIssueSchema(blocks); // throws, naming the entry
    let next = node.next.get(block);
    if (!next) node.next.set(block, (next = { next: new WeakMap() }));
    node = next;
  }
  return (node.value ??= buildIssueSchema(blocks)) as ReturnType<typeof buildIssueSchema<B>>;
}

/** The issue schema with the built-in blocks. */
export const issueSchema = createIssueSchema();

/** An issue as an editor writes it (with an app's blocks: `IssueData<typeof JobListing>`). */
export type IssueData<B extends AnyBlock = never> = z.input<ReturnType<typeof createIssueSchema<B>>>;
