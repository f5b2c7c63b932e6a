import { defineConfig } from '@playwright/test';

// Browsers are Debian's (see test/e2e/support): Playwright never downloads its own here.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  retries: 0,
});
