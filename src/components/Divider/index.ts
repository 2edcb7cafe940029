export { Divider, ParsedDivider, DividerSpace, dividerSchema } from './Divider';
export type { DividerProps } from './Divider';
