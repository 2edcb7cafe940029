import { createElement, type ReactElement, type ReactNode } from 'react';
import * as z from 'zod';
import { validateProps, withoutDataAttributes } from '../base/fields';
import { TextHintScope, useNewsletter, type NewsletterContextValue } from '../context';
import { Block } from '../layout/Block';

/**
 * How a block sits in the column. `row`: it renders one or more `Block` rows, so issue data lays
 * it out among the others. `part`: a piece that lives inside a row (a paragraph, a headline); as
 * an entry of issue data it gets a `Block` row of its own. `band`: it paints to the column's
 * edges (the masthead's rule, the footer's background) and stands outside the shared rows.
 */
export const BlockLayout = { row: 'row', part: 'part', band: 'band' } as const;
export type BlockLayout = (typeof BlockLayout)[keyof typeof BlockLayout];

/** The schema of a block's props: an object of named fields (`record` from the values, or `z.object`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any shape and any strictness
export type BlockSchema = z.ZodObject<any, any>;

/** What the props of a block beside its data are: React content (`children`), not validated. */
type Nodes<S extends BlockSchema, P> = Omit<P, keyof z.output<S>>;

/** The fields issue data adds to a block's props, e.g. a news item's `paragraphs`, and how they become content props. */
export interface BlockData<P, D extends z.ZodRawShape> {
  /** Fields of the issue-data entry that are not props: `{ paragraphs }` for a news item's teaser. */
  fields: D;
  /** The props those fields give the component, e.g. `{ children: <the paragraphs> }`. */
  props: (fields: z.output<z.ZodObject<D>>) => Partial<P>;
}

export interface BlockSpec<Name extends string, Type extends string, S extends BlockSchema, P extends z.output<S>, D extends z.ZodRawShape> {
  /** The component's name, as error messages and Storybook show it: "NewsItem". */
  name: Name;
  /**
   * The block's type in issue data: `{ type: 'news', … }` in an issue's `blocks`. Leave it out for
   * a piece that issue data does not list on its own (a link inside a paragraph).
   */
  type?: Type;
  /** The block's data, with JSDoc on every field: the props type is `z.input` of it. */
  schema: S;
  /** The block itself, for props its schema has parsed. Make it of `Block` rows and `usePaint` colours. */
  render: (props: P) => ReactNode;
  /** Props that carry React content rather than data and pass through unvalidated. @default ['children'] */
  nodes?: readonly (keyof Nodes<S, P> & string)[];
  /** @default 'row' */
  layout?: BlockLayout;
  /** What issue data writes in place of the content props. */
  data?: BlockData<P, D>;
  /**
   * How the whole block reads in the plain-text part, when the words of its HTML would not read
   * well (icons, a row of links): one line, or several. Written on the block's first row.
   */
  text?: (props: P, newsletter: NewsletterContextValue) => string | readonly string[] | undefined;
  /** Defaults in an issue of `density: 'compact'`; what the data sets wins. */
  compact?: Partial<z.input<S>>;
}

/** An issue-data entry of a block: `{ type, …props, …data fields }`. */
export type BlockEntry<Type extends string, S extends BlockSchema, D extends z.ZodRawShape> = { type: Type } & z.output<S> & ([keyof D] extends [never] ? unknown : z.output<z.ZodObject<D>>);
export type BlockEntryInput<Type extends string, S extends BlockSchema, D extends z.ZodRawShape> = { type: Type } & z.input<S> & ([keyof D] extends [never] ? unknown : z.input<z.ZodObject<D>>);

export interface BlockDefinition<Name extends string = string, Type extends string = string, S extends BlockSchema = BlockSchema, P = unknown, D extends z.ZodRawShape = z.ZodRawShape> {
  readonly name: Name;
  readonly type: Type | undefined;
  readonly schema: S;
  readonly layout: BlockLayout;
  /** Defaults in an issue of `density: 'compact'`. */
  readonly compact: Partial<z.input<S>> | undefined;
  /** The schema of the block's entry in issue data, when it has a type. */
  readonly entry: [Type] extends [never] ? undefined : z.ZodType<BlockEntry<Type, S, D>, BlockEntryInput<Type, S, D>>;
  /** The block for props its schema has already parsed. */
  readonly Parsed: (props: P) => ReactNode;
  /** The element for one parsed entry of issue data. */
  element(entry: BlockEntry<Type, S, D>, key: string | number, options: { compact: boolean }): ReactElement;
}

/**
 * A block: the component that validates its props (a `NewsletterPropError` names the component,
 * the prop path and the problem), with `Parsed`, the same block for parsed props, and
 * `definition`, which issue data, Storybook and the conformance sweep read.
 */
export type BlockComponent<Name extends string = string, Type extends string = string, S extends BlockSchema = BlockSchema, P = unknown, D extends z.ZodRawShape = z.ZodRawShape> = ((
  props: z.input<S> & Nodes<S, P>,
) => ReactNode) & {
  readonly displayName: Name;
  readonly Parsed: (props: P) => ReactNode;
  readonly definition: BlockDefinition<Name, Type, S, P, D>;
};

/** Any block, whatever its props. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a block of any props
export type AnyBlock = ((props: any) => ReactNode) & {
  readonly displayName: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a block of any props
  readonly Parsed: (props: any) => ReactNode;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a block of any props
  readonly definition: BlockDefinition<string, string, BlockSchema, any, any>;
};

const TYPE_NAME = /^[a-z][A-Za-z0-9]*$/;
const COMPONENT_NAME = /^[A-Z][A-Za-z0-9]*$/;

/**
 * Declares a block once: its name, its type in issue data, its schema (JSDoc on each field), the
 * component and, where the HTML's words would not read well, its plain-text reading. Returns the
 * validating component; `Component.Parsed` renders parsed props, and `Component.definition` gives
 * issue data its entry (`createIssueSchema({ blocks: [Component] })`).
 */
export function defineBlock<const Name extends string, S extends BlockSchema, P extends z.output<S>, const Type extends string = never, D extends z.ZodRawShape = Record<never, never>>(
  spec: BlockSpec<Name, Type, S, P, D>,
): BlockComponent<Name, Type, S, P, D> {
  const { name, type, schema, render, layout = 'row', text, compact } = spec;
  if (typeof name !== 'string' || !COMPONENT_NAME.test(name)) throw new TypeError(`defineBlock: name must be a component name such as "JobListing", got ${JSON.stringify(name)}`);
  if (type !== undefined && (typeof type !== 'string' || !TYPE_NAME.test(type))) {
    throw new TypeError(`defineBlock(${name}): type must be a name for issue data such as "jobListing" (letters and digits, starting lower-case), got ${JSON.stringify(type)}`);
  }
  if (!(schema instanceof z.ZodObject)) throw new TypeError(`defineBlock(${name}): schema must be an object schema (record(…) or z.object(…))`);
  if (typeof render !== 'function') throw new TypeError(`defineBlock(${name}): render must be a function of the parsed props`);
  if (!Object.values(BlockLayout).includes(layout)) throw new TypeError(`defineBlock(${name}): layout must be "row", "part" or "band", got ${JSON.stringify(layout)}`);
  const nodes = new Set<string>(spec.nodes ?? ['children']);
  const dataFields = spec.data?.fields ?? ({} as D);
  for (const key of ['type', ...Object.keys(dataFields)]) {
    if (key in schema.shape) throw new TypeError(`defineBlock(${name}): the schema has a field "${key}", which issue data uses for the block's ${key === 'type' ? 'type' : 'content'}`);
  }

  function Parsed(props: P): ReactNode {
    if (!text) return render(props);
    const lines = text(props, useNewsletter());
    const hint = lines === undefined ? undefined : typeof lines === 'string' ? lines : lines.join('\n');
    return createElement(TextHintScope, { value: { text: hint }, children: render(props) });
  }

  function Component(props: z.input<S> & Nodes<S, P>): ReactNode {
    const data: Record<string, unknown> = {};
    const content: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(withoutDataAttributes(props as Record<string, unknown>))) (nodes.has(key) ? content : data)[key] = value;
    return createElement(Parsed, { ...validateProps(name, schema, data), ...content } as P & object);
  }

  const entry = (type === undefined ? undefined : schema.extend({ type: z.literal(type), ...dataFields })) as BlockDefinition<Name, Type, S, P, D>['entry'];
  const dataKeys = new Set(Object.keys(dataFields));

  const definition: BlockDefinition<Name, Type, S, P, D> = {
    name,
    type,
    schema,
    layout,
    compact,
    entry,
    Parsed,
    element(value, key, { compact: dense }) {
      const props: Record<string, unknown> = {};
      const fields: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) if (k !== 'type') (dataKeys.has(k) ? fields : props)[k] = v;
      const fromData = spec.data ? spec.data.props(fields as z.output<z.ZodObject<D>>) : {};
      const all = { ...(dense ? compact : undefined), ...props, ...fromData } as P & object;
      return layout === 'part' ? createElement(Block, { key, children: createElement(Parsed, all) }) : createElement(Parsed, { key, ...all });
    },
  };

  Object.defineProperty(Parsed, 'name', { value: `Parsed${name}` });
  Object.defineProperty(Component, 'name', { value: name });
  return Object.assign(Component, { displayName: name, Parsed, definition }) as BlockComponent<Name, Type, S, P, D>;
}

export function isBlock(value: unknown): value is AnyBlock {
  return typeof value === 'function' && 'definition' in value && typeof (value as { definition?: unknown }).definition === 'object';
}
