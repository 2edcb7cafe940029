export { CallToAction, CallToActionAlign, callToActionSchema } from './CallToAction';
export type { CallToActionProps } from './CallToAction';
