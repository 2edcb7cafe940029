import { isBlock, type AnyBlock } from '../define/defineBlock';
import * as components from './index';

/**
 * The built-in blocks: every block that a component folder exports through `components/index.ts`.
 * Exporting a folder there is its registration: its type becomes valid in issue data, and
 * Storybook's block gallery and the conformance sweep pick it up.
 */
export type BuiltInBlock = Extract<(typeof components)[keyof typeof components], AnyBlock>;

export const builtInBlocks: readonly BuiltInBlock[] = Object.values(components).filter((value): value is BuiltInBlock => isBlock(value));
