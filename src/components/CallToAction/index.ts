export { CallToAction, ParsedCallToAction, CallToActionAlign, callToActionSchema } from './CallToAction';
export type { CallToActionProps } from './CallToAction';
