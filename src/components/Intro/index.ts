export { Intro } from './Intro';
export type { IntroProps } from './Intro';
