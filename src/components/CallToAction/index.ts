export { CallToAction, CallToActionAlign } from './CallToAction';
export type { CallToActionProps } from './CallToAction';
