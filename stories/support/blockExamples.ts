/// <reference types="vite/client" />
import { createElement, type ReactElement } from 'react';
import type { AnyBlock } from '../../src';

/** A block folder's `examples.tsx`: the block and named props for it. */
interface ExamplesModule {
  block: AnyBlock;
  examples: Record<string, object>;
}

export interface BlockExample {
  block: AnyBlock;
  /** "NewsItem (left)". */
  label: string;
  /** The example's own name: "left". */
  name: string;
  props: object;
  element: () => ReactElement;
}

/**
 * Every example of every block folder, found by their file name: a new block's examples reach
 * the block gallery in Storybook and the conformance sweep without being listed anywhere.
 */
const modules = import.meta.glob<ExamplesModule>('../../src/components/*/examples.tsx', { eager: true });

export const blockExamples: BlockExample[] = Object.values(modules)
  .flatMap(({ block, examples }) =>
    Object.entries(examples).map(([name, props]) => ({
      block,
      name,
      props,
      label: `${block.displayName} (${name})`,
      element: () => createElement(block, props as never),
    })),
  )
  .sort((a, b) => a.label.localeCompare(b.label));
