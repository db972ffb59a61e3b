import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in real browsers with the built extension (npm run build first).
 * - chromium: Debian's Chromium through Playwright (tests/e2e)
 * - firefox: Debian's Firefox ESR through puppeteer-core over WebDriver BiDi
 *   (tests/firefox); Playwright cannot load extensions into Firefox.
 */
export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: process.env.PW_WORKERS ? Number(process.env.PW_WORKERS) : 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'off' },
  projects: [
    { name: 'chromium', testDir: 'tests/e2e' },
    { name: 'firefox', testDir: 'tests/firefox' },
  ],
});
