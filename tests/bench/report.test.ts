import { describe, expect, it } from 'vitest';
import { MARGIN, rankings, separatedBelow, TAIL_MARGIN, tiers, type RunResult, type Sampled } from '../../bench/report';

const paired = (name: string, samples: number[], margin = MARGIN): Sampled => ({
  name,
  value: [...samples].sort((a, b) => a - b)[samples.length >> 1]!,
  samples,
  paired: true,
  margin,
});

describe('benchmark tiers', () => {
  it('puts a below b when the median of the round-by-round ratios reaches the margin', () => {
    const a = paired('a', [10, 10, 10, 10, 10, 10, 10, 10, 10, 10]);
    expect(separatedBelow(a, paired('b', a.samples.map((x) => x * MARGIN)))).toBe(true);
    // 5 % apart in every round: the same tier on a shared machine.
    expect(separatedBelow(a, paired('b', a.samples.map((x) => x * 1.05)))).toBe(false);
    // Far apart in six rounds of ten, close in four: the median round decides.
    expect(separatedBelow(a, paired('b', [15, 15, 15, 15, 15, 15, 10.5, 10.5, 10.5, 10.5]))).toBe(true);
    expect(separatedBelow(a, paired('b', [15, 15, 15, 15, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5]))).toBe(false);
    // Rounds are compared with the same round: a slow round for both does not separate them.
    expect(separatedBelow(paired('a', [10, 10, 40, 10]), paired('b', [10.5, 10.5, 42, 10.5]))).toBe(false);
  });

  it('compares exact figures (bytes) as they are', () => {
    const bytes = (name: string, value: number): Sampled => ({ name, value, samples: [value], paired: true });
    expect(separatedBelow(bytes('a', 42_202), bytes('b', 43_052))).toBe(true);
    expect(separatedBelow(bytes('a', 42_202), bytes('b', 42_202))).toBe(false);
  });

  it('keeps a chain of close contenders in one tier', () => {
    const rounds = (x: number) => Array.from({ length: 10 }, () => x);
    const t = tiers([paired('fast', rounds(1)), paired('b', rounds(2)), paired('c', rounds(2.1)), paired('d', rounds(2.2)), paired('slow', rounds(5))]);
    expect(t).toEqual([['fast'], ['b', 'c', 'd'], ['slow']]);
  });

  it('ranks the 95th percentile with the wider tail margin', () => {
    const contender = (median: number, p95: number) => ({
      median,
      p95,
      cold: 1,
      scale: {},
      htmlBytes: 1,
      gzipBytes: 1,
      textBytes: null,
      rss: 1,
      samples: { roundMedians: Array(10).fill(median), roundP95s: Array(10).fill(p95), cold: [1], rss: [1], scale: {} },
    });
    const gap = (MARGIN + TAIL_MARGIN) / 2;
    const run = {
      plan: { scale: [] },
      personalise: [],
      contenders: {
        'react-email': contender(1, 2),
        'react-email-text': contender(4, 8),
        'static-markup': contender(0.5, 1),
        mjml: contender(12, 24),
        'newsletter-kit': contender(gap, 2 * gap),
        'newsletter-kit-check': contender(3, 6),
      },
    } as unknown as RunResult;
    const ranked = rankings(run);
    // The same ratio separates two medians but not two tails.
    expect(ranked.median!.find((t) => t.includes('react-email'))).not.toContain('newsletter-kit');
    expect(ranked.p95!.find((t) => t.includes('react-email'))).toContain('newsletter-kit');
  });
});
