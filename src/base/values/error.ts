/**
 * The one error for bad input: names the component (or function) and, for each problem, the
 * prop or data path, what is wrong and what is expected.
 */
export class NewsletterPropError extends Error {
  override name = 'NewsletterPropError';
  constructor(
    readonly component: string,
    readonly problems: { prop: string; message: string }[],
  ) {
    super(problems.map((p) => (p.prop ? `${component}: prop "${p.prop}" ${p.message}` : `${component}: ${p.message}`)).join('\n'));
  }
}
