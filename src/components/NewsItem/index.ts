export { NewsItem, ImagePosition, newsItemSchema } from './NewsItem';
export type { NewsItemProps, NewsImage } from './NewsItem';
