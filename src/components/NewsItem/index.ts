export { NewsItem, ImagePosition, MorePlacement } from './NewsItem';
export type { NewsItemProps, NewsImage } from './NewsItem';
