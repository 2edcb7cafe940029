/**
 * One definition per kind of value, used by the component props, the issue schema, the theme
 * and the check alike. Each module exports a zod schema and a predicate. This folder is on the
 * ground floor: it imports only zod.
 */
export { describeInput, expected, byShape, record, unknownKeysMessage, closestKey, editDistance } from './describe';
export { plainText, plainTextOf, text, isPlainText, normalizeLineEnds, findForbiddenCharacter, forbiddenCharacterMessage, type ForbiddenCharacter } from './text';
export { emailAddress, isEmailAddress } from './email';
export { webUrl, imageSrc, isWebUrl, isHttpsUrl, isImageSrc } from './url';
export { href, isSafeHref, isMailtoHref, mailtoProblem, isTelHref, isMergeTag } from './href';
export { color, isColor, parseColor, type Rgba } from './color';
export { length, isLength, fontWeight } from './length';
export { fontStack, isFontStack, fontFamilies, genericFamilies } from './fontStack';
export { fontUrl, isFontUrl, fontFormatOf, fontFormats, type FontFormat } from './fontUrl';
export { calendarDate, toCalendarDay, compareDays, utcDate, isoDay, type CalendarDay } from './date';
export { NewsletterPropError } from './error';
