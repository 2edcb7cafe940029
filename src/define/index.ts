export { defineBlock, BlockLayout, isBlock } from './defineBlock';
export type { BlockComponent, BlockDefinition, BlockSpec, BlockData, AnyBlock, BlockSchema } from './defineBlock';
