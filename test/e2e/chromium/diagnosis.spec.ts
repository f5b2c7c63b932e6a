// The site-wide diagnosis banner and the answering tier, in real Chromium DevTools.
import { expect, test, type Frame } from '@playwright/test';
import { launchChromiumWithDevtools, type ChromiumSession } from '../support/chromium-devtools';
import { MIXED_PATHS, startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let chromiumSession: ChromiumSession;
let panel: Frame;

test.beforeEach(async () => {
  server = await startTestServer();
  chromiumSession = await launchChromiumWithDevtools();
  panel = await chromiumSession.openPanel();
});

test.afterEach(async () => {
  await chromiumSession?.close();
  await server?.close();
});

async function load(path: string) {
  await chromiumSession.inspectedPage.goto(`${server.origin}${path}`);
  await expect(chromiumSession.inspectedPage).toHaveTitle('done');
}

test('several failing routes read as systemic, with the tiers that answered', async () => {
  await load('/mixed');
  const banner = panel.getByRole('region', { name: 'Diagnosis' });
  await expect(banner.locator('.verdict-chip.systemic')).toBeVisible();
  const requests = MIXED_PATHS.length + 2; // + the page and its favicon, each its own route
  await expect(banner).toContainText(`3 of ${requests} routes on ${server.origin} failed (3 of ${requests} requests)`);
  await expect(banner).toContainText('GET /api/crash (1× 500)');
  // The nginx 502 page is a proxy's own; the traceback is the application's.
  await expect(banner).toContainText(/answered by: .*proxy \d/);
  await expect(banner).toContainText(/answered by: .*application \d/);
});

test('one failing route among working ones reads as route-specific, and a repeat as persistent', async () => {
  await load('/one-failing');
  const banner = panel.getByRole('region', { name: 'Diagnosis' });
  await expect(banner.locator('.verdict-chip.route-specific')).toBeVisible();
  await expect(banner).toContainText(`1 of 5 routes on ${server.origin} failed (1 of 5 requests) while the other routes worked`);
  await expect(banner.locator('.verdict-chip.persistent')).toHaveCount(0);

  await panel.getByLabel('Preserve log').check();
  await chromiumSession.inspectedPage.reload();
  await expect(chromiumSession.inspectedPage).toHaveTitle('done');
  await expect(banner.locator('.verdict-chip.persistent')).toBeVisible();
  await expect(banner.locator('.repeat-persistent')).toContainText(`GET ${server.origin}/api/crash failed 2 times`);
  await banner.locator('.repeat-persistent button').click();
  await expect(panel.locator('.status-explanation h2')).toHaveText('500 Internal Server Error');
});

test('a proxy page says which tier answered', async () => {
  await load('/mixed');
  await panel.locator('tr.request-row', { has: panel.locator('.url-path', { hasText: /^\/api\/gateway$/ }) }).click();
  await expect(panel.locator('.answered-by')).toContainText('a gateway or proxy in front of the application');
  await expect(panel.locator('.answered-by code').first()).toContainText(/nginx/);
  await chromiumSession.devtoolsPage.screenshot({ path: 'test-results/diagnosis-chromium.png' });
});
