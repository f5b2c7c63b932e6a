import { defineConfig } from '@playwright/test';

// Browsers are Debian's (see test/e2e/support): Playwright never downloads its own here. Each
// project needs its own build first (`wxt build`, `wxt build -b firefox`); see package.json scripts.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  retries: 0,
  projects: [
    { name: 'chromium', testDir: 'test/e2e/chromium' },
    // Firefox is driven over WebDriver BiDi by test/e2e/support/firefox-bidi.ts, not by Playwright's
    // own (patched) Firefox; Playwright here is only the test runner.
    { name: 'firefox', testDir: 'test/e2e/firefox' },
  ],
});
