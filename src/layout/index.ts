/**
 * The layout pieces every block is made of, ours and an app's alike: rows of the 600 px column,
 * columns that stack on narrow screens, images Outlook sizes right, colours painted by role (so
 * that dark mode swaps them) and the type scale.
 */
export { Block, Rows, useInRows, useTypography } from './Block';
export type { BlockProps } from './Block';
export { Columns } from './Columns';
export type { ColumnsProps } from './Columns';
export { Image } from './Image';
export type { ImageProps } from './Image';
export { Mso } from './Mso';
export { ScreenReaderText } from './ScreenReaderText';
export { usePaint, paintWith, typography, typographyIn, cellTypography, px, margin } from './css';
export type { Paint, PaintRoles, Painted, TextRole, ColorRole, BackgroundRole, BorderRole } from './css';
export { SchemeImage } from './SchemeImage';
export type { SchemeImageProps } from './SchemeImage';
export { useSides, side } from './direction';
export type { Sides, Side } from './direction';
