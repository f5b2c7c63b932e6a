// The Playwright test of the CI recipe (README "A recipe that runs"): APP_URL and the pages are yours.
import { test } from '@playwright/test';
import { recordHar } from './record-har';

test('record a HAR of the app', async () => {
  await recordHar(process.env.APP_URL ?? 'http://127.0.0.1:3000', ['/', '/checkout'], 'reports/app.har');
});
