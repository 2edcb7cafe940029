export * from './components';
export { useNewsletter } from './context';
export type { NewsletterContextValue } from './context';
export { Issue, issueSchema, createIssueSchema, parseIssue, isParsedIssue, defineConfig, NewsletterPropError, isSafeHref } from './issue';
export type { IssueProps, IssueData, ParsedIssue, BlockEntryInput, ParsedBlockEntry, NewsletterKitConfig } from './issue';
export { isoDay } from './base/values';
export { defineBlock, BlockLayout } from './define';
export type { BlockComponent, BlockDefinition, BlockSpec, BlockData, AnyBlock } from './define';
export { Block, Rows, Columns, Image, SchemeImage, ScreenReaderText, usePaint, useTypography, typography, px, margin } from './layout';
export type { BlockProps, ColumnsProps, ImageProps, SchemeImageProps, Paint, PaintRoles, Painted } from './layout';
export { readsAs, skippedInText } from './base/markup';
export { fields } from './base/fields';
export { defaultTheme, createTheme, compactTheme } from './theme';
export { colorRoles } from './theme';
export type { Theme, Palette, ThemeOverrides, TextRole, ColorRole, BackgroundRole, BorderRole, WebFonts, WebFontFace } from './theme';
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
