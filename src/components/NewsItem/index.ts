export { NewsItem, ParsedNewsItem, ImagePosition, MorePlacement, NewsItemSpace, newsItemSchema } from './NewsItem';
export type { NewsItemProps, NewsImage } from './NewsItem';
