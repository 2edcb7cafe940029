export { NewsItem, ParsedNewsItem, ImagePosition, newsItemSchema } from './NewsItem';
export type { NewsItemProps, NewsImage } from './NewsItem';
