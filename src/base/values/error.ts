/**
 * The one error for bad input: names the component (or function) and, for each problem, the
 * prop or data path, what is wrong and what is expected.
 */
export class NewsletterPropError extends Error {
  override name = 'NewsletterPropError';
  constructor(
    readonly component: string,
    /** Each problem: the prop or data path as written (`news.3.image.alt`) and as keys, and what is wrong. */
    readonly problems: { prop: string; message: string; path?: readonly (string | number)[] }[],
  ) {
    super(problems.map((p) => (p.prop ? `${component}: prop "${p.prop}" ${p.message}` : `${component}: ${p.message}`)).join('\n'));
  }
}
