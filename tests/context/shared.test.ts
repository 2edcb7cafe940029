import { describe, expect, it } from 'vitest';
import { sharedAcrossCopies } from '../../src/base/shared';

describe('sharedAcrossCopies: one value per process for every copy of the package', () => {
  it('creates the value once and finds it under the registered symbol another copy looks up', () => {
    let created = 0;
    const first = sharedAcrossCopies('test/shared@1', () => ({ n: ++created }));
    const second = sharedAcrossCopies('test/shared@1', () => ({ n: ++created }));
    expect(second).toBe(first);
    expect(created).toBe(1);
    // Another copy of the module has its own function but the same registry of symbols.
    expect((globalThis as unknown as Record<symbol, unknown>)[Symbol.for('newsletter-kit/test/shared@1')]).toBe(first);
    expect(sharedAcrossCopies('test/shared@2', () => ({ n: ++created }))).not.toBe(first);
  });

  it('holds the parsed-issue registry under the name earlier versions used', async () => {
    await import('../../src/issue/parse');
    const store = globalThis as unknown as Record<symbol, unknown>;
    expect(store[Symbol.for('newsletter-kit/parsed-issues@1')]).toBeInstanceOf(WeakMap);
  });
});
