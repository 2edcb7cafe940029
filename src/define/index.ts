export { defineBlock, BlockLayout, isBlock, linkTagsField } from './defineBlock';
export type { BlockComponent, BlockDefinition, BlockSpec, BlockData, AnyBlock, LinkTagsProp, BlockSchema } from './defineBlock';
