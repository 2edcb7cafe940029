export { Block } from './Block';
export type { BlockProps } from './Block';
export { Mso, expandMsoMarkers, MSO_TAG } from './Mso';
export { paint, typography, px } from './css';
export type { TextRole, ColorRole, BackgroundRole } from './css';
export { darkModeCss } from './darkMode';
export { Image } from './Image';
export type { ImageProps } from './Image';
export { ScreenReaderText } from './ScreenReaderText';
