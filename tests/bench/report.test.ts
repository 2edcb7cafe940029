import { describe, expect, it } from 'vitest';
import { MARGIN, separatedBelow, tiers, type Sampled } from '../../bench/report';

const paired = (name: string, samples: number[]): Sampled => ({ name, value: [...samples].sort((a, b) => a - b)[samples.length >> 1]!, samples, paired: true });

describe('benchmark tiers', () => {
  it('separates two contenders when one is lower in three rounds of four and the median ratio reaches the margin', () => {
    const a = paired('a', [10, 10, 10, 10, 10, 10, 10, 10, 10, 10]);
    expect(separatedBelow(a, paired('b', a.samples.map((x) => x * MARGIN)))).toBe(true);
    // 5 % lower in every round: the same tier on a shared machine.
    expect(separatedBelow(a, paired('b', a.samples.map((x) => x * 1.05)))).toBe(false);
    // Lower in 7 of 10 rounds only, however far.
    expect(separatedBelow(a, paired('b', [20, 20, 20, 20, 20, 20, 20, 10, 10, 10]))).toBe(false);
    expect(separatedBelow(a, paired('b', [20, 20, 20, 20, 20, 20, 20, 20, 10, 10]))).toBe(true);
    // Lower in every round, far in six and close in four: the median round decides.
    expect(separatedBelow(a, paired('b', [15, 15, 15, 15, 15, 15, 10.5, 10.5, 10.5, 10.5]))).toBe(true);
    expect(separatedBelow(a, paired('b', [15, 15, 15, 15, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5]))).toBe(false);
  });

  it('compares exact figures (bytes) without a margin', () => {
    const bytes = (name: string, value: number): Sampled => ({ name, value, samples: [value], paired: true, exact: true });
    expect(separatedBelow(bytes('a', 42_202), bytes('b', 43_052))).toBe(true);
    expect(separatedBelow(bytes('a', 42_202), bytes('b', 42_202))).toBe(false);
  });

  it('keeps a chain of close contenders in one tier', () => {
    const rounds = (x: number) => Array.from({ length: 10 }, () => x);
    const t = tiers([paired('fast', rounds(1)), paired('b', rounds(2)), paired('c', rounds(2.1)), paired('d', rounds(2.2)), paired('slow', rounds(5))]);
    expect(t).toEqual([['fast'], ['b', 'c', 'd'], ['slow']]);
  });
});
