export { Intro, ParsedIntro, introSchema } from './Intro';
export type { IntroProps } from './Intro';
