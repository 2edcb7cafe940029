export { Intro, introSchema } from './Intro';
export type { IntroProps } from './Intro';
