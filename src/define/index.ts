export { defineBlock, BlockLayout, isBlock } from './defineBlock';
export type { BlockComponent, BlockDefinition, BlockSpec, BlockData, AnyBlock, LinkTagsProp, BlockSchema } from './defineBlock';
