export { Feedback } from './Feedback';
export type { FeedbackProps } from './Feedback';
