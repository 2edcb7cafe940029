export { NewsItem, ParsedNewsItem, ImagePosition, MorePlacement, newsItemSchema } from './NewsItem';
export type { NewsItemProps, NewsImage } from './NewsItem';
