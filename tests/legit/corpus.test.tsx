import { describe, expect, it } from 'vitest';
import { legitLinks, legitPublishers, legitTexts } from '../fixtures/legit';
import { measureLegitCorpus, summary } from './measure';

/**
 * Real content, shown as written: the Impressum data of public bodies, associations and firms in
 * eight countries, sentences from real newsletters and links as editors paste them. Each value
 * must render, show unaltered in the HTML and the plain-text part, and pass the email check
 * without an error (warnings for the implausible are allowed: that is what they are for). The
 * hostile corpus beside it (tests/fixtures/hostile-*.json, tests/fuzz) must stay refused.
 */
describe('the legitimate corpus', () => {
  it('is large and wide enough to mean something', () => {
    expect(legitPublishers.length).toBeGreaterThanOrEqual(50);
    expect(new Set(legitPublishers.map((p) => p.country))).toEqual(new Set(['DE', 'AT', 'CH', 'NL', 'PL', 'FR', 'GB', 'US']));
    expect(legitTexts.length + legitLinks.length).toBeGreaterThanOrEqual(100);
  });

  it('renders every value, shows it as written and passes the check without errors', async () => {
    const m = await measureLegitCorpus();
    console.log(summary(m).split('\n')[0]);
    expect(m.values).toBeGreaterThanOrEqual(300);
    expect(summary(m)).toBe(`legit corpus: ${m.values} values (${m.records} whole records): 0 refused, 0 altered, 0 with check errors`);
  }, 600_000);
});
