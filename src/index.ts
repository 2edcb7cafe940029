export {
  Newsletter,
  Masthead,
  Intro,
  NewsItem,
  ImagePosition,
  MorePlacement,
  EventCalendar,
  CallToAction,
  CallToActionAlign,
  LegalFooter,
  ImpressumLayout,
  Paragraph,
  ParagraphTone,
  InlineLink,
  Divider,
  PhotoCredit,
  SectionHeading,
  useNewsletter,
} from './components';
export type {
  NewsletterProps,
  MastheadProps,
  MastheadLogo,
  IntroProps,
  NewsItemProps,
  NewsImage,
  EventCalendarProps,
  CalendarEvent,
  CallToActionProps,
  LegalFooterProps,
  Publisher,
  ParagraphProps,
  InlineLinkProps,
  DividerProps,
  PhotoCreditProps,
  SectionHeadingProps,
  NewsletterContextValue,
} from './components';
export { Issue, RichParagraph, issueSchema, NewsletterPropError, isSafeHref } from './issue';
export type { IssueProps, IssueData, Inline, RichText } from './issue';
export { defaultTheme, createTheme, compactTheme } from './theme';
export type { Theme, Palette, ThemeOverrides } from './theme';
export { de, en, formatEventDate, formatLongDate, registerLocale, localeCodes, formatDay, dayParts } from './i18n';
export type { Labels, Locale, LocaleDefinition, DateWording, CalendarDay } from './i18n';
export { renderEmail, toPlainText } from './render';
export type { RenderOptions, RenderResult, CssInliner } from './render';
export {
  placeholder,
  PlaceholderError,
  prepareIssue,
  PersonalizeError,
  dialects,
  listUnsubscribeMode,
  dialectCapabilities,
  DialectError,
  PlaceholderPlacementError,
  swapPlaceholders,
  isUrlPlaceholder,
} from './merge';
export type {
  TextPlaceholderOptions,
  CustomPlaceholderOptions,
  PrepareOptions,
  PreparedIssue,
  PersonalValues,
  FieldInfo,
  BytesOptions,
  ByteFormat,
  Copy,
  CopyBytes,
  CopiesOptions,
  PersonalizeProblem,
  Dialect,
  DialectName,
  DialectContext,
  ListUnsubscribeMode,
  PlaceholderKind,
} from './merge';
