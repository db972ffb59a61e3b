import { defineConfig } from '@playwright/test';

/**
 * Benchmarks, not tests: they print figures and ratios against a baseline measured
 * in the same run, and assert nothing about time (shared machines vary too much).
 * `npm run bench:exit` etc. pass a file filter.
 */
export default defineConfig({
  testDir: '.',
  testMatch: /.*\.bench\.ts$/,
  timeout: 10 * 60_000,
  workers: 1,
  reporter: [['list']],
});
