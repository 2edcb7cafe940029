import { defineConfig } from 'vitest/config';

// One time zone for every machine the tests run on (newsletter-kit/testing insists on it): set
// here, before the test processes start and before any test builds a Date.
process.env.TZ ??= 'UTC';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    reporters: ['default', './tests/support/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
