// The trust defects of issue 10, end to end in real Chromium with real DevTools: every row, every
// count and every "clean" must be true. Each test failed before its fix.
import { expect, test } from '@playwright/test';
import { chromiumWithTestServer, loadTestPage, requestRow } from '../support/chromium-panel';
import { BURST_PATHS, GZIP_500, SAME_500_COUNT, UNTYPED_500 } from '../support/test-server';

const suite = chromiumWithTestServer();

const loadAndSettle = (path: string) => loadTestPage(suite.session, suite.server, path);

test('a reload resets list and badge to the new load', async () => {
  const panel = await suite.session.openPanel();
  await loadAndSettle('/mixed');
  await expect(panel.locator('tr.status-server-error')).toHaveCount(3);
  await suite.session.inspectedPage.reload();
  await expect(suite.session.inspectedPage).toHaveTitle('done');
  await expect(requestRow(panel, '/mixed')).toHaveCount(1);
  await expect(panel.locator('tr.status-server-error')).toHaveCount(3);
  await expect.poll(() => suite.session.badgeText()).toBe('3');
  expect(suite.server.serverErrorsServed()).toBe(6);
});

test('identical concurrent requests are one row each', async () => {
  const panel = await suite.session.openPanel();
  await loadAndSettle('/same-500-page');
  // The list renders only the rows in view; the summary counts them all.
  await expect(panel.locator('.summary-bar')).toHaveText(new RegExp(`^${SAME_500_COUNT} server errors of \\d+ requests$`));
  expect(suite.server.serverErrorsServed()).toBe(SAME_500_COUNT);
  await expect.poll(() => suite.session.badgeText()).toBe(String(SAME_500_COUNT));
});

test('a 1.9 MB debug page with its traceback at the end is scanned to the end, or says why not', async () => {
  const panel = await suite.session.openPanel();
  await loadAndSettle('/big-500-page');
  const big = requestRow(panel, '/api/big-500');
  await expect(big.locator('.leak-marker, .row-notice').first()).toBeVisible({ timeout: 30_000 });
  // Chromium hands over the whole body: the traceback at its end is found, and nothing is damaged.
  await expect(big.locator('.leak-marker')).toBeVisible();
  await expect(big.locator('.row-notice')).toHaveCount(0);
});

test('an error body that sniffs as binary is scanned and shown with its control bytes visible', async () => {
  const panel = await suite.session.openPanel();
  await loadAndSettle('/binary-500-page');
  const binary = requestRow(panel, '/api/binary-500');
  await expect(binary.locator('.leak-marker')).toBeVisible();
  await binary.click();
  await panel.getByRole('tab', { name: 'Response' }).click();
  await expect(panel.locator('pre.body-text')).toContainText('File "/srv/shop/app/views.py", line 42');
  await expect(panel.locator('pre.body-text .invisible-char').first()).toHaveText('NUL');
  await expect(panel.locator('.response-body .notice')).toContainText('not all text');
});

/** `page` fetches `path`, whose body leaks: its row is marked and has no notice, and its body shows as sent. */
async function expectScannedWhole(page: string, path: string, body: string) {
  const panel = await suite.session.openPanel();
  await loadAndSettle(page);
  const row = requestRow(panel, path);
  await expect(row.locator('.leak-marker')).toBeVisible();
  await expect(row.locator('.row-notice')).toHaveCount(0);
  await row.click();
  await panel.getByRole('tab', { name: 'Response' }).click();
  await expect(panel.locator('pre.body-text')).toHaveText(body);
}

test('an error page with no type and text beyond ASCII is shown as the server wrote it, and scanned', async () => {
  await expectScannedWhole('/untyped-500-page', '/api/untyped-500', UNTYPED_500);
});

test('a small gzip\'d error body is whole: scanned, and not called damaged', async () => {
  await expectScannedWhole('/gzip-500-page', '/api/gzip-500', GZIP_500);
});

test('a redirect, whose body the browser does not keep, is not called damaged', async () => {
  const panel = await suite.session.openPanel();
  await loadAndSettle('/redirect-page');
  await expect(requestRow(panel, '/api/ok')).toHaveCount(1);
  await expect(requestRow(panel, '/api/moved').locator('.col-status')).toContainText('302');
  await expect(requestRow(panel, '/api/moved').locator('.row-notice')).toHaveCount(0);
});

test('a bidi override in a response is shown as a marker, not obeyed', async () => {
  const panel = await suite.session.openPanel();
  await loadAndSettle('/bidi-page');
  await requestRow(panel, '/api/bidi-500').click();
  await panel.getByRole('tab', { name: 'Response' }).click();
  const body = panel.locator('pre.body-text');
  await expect(body.locator('.invisible-char', { hasText: 'RLO' })).toHaveCount(1);
  expect(await body.textContent()).not.toContain('\u202e');
  await panel.getByRole('tab', { name: /^Leaks/ }).click();
  const evidence = panel.locator('.finding-evidence', { hasText: 'sweiv' });
  await expect(evidence.first()).toBeVisible();
  for (const text of await evidence.allTextContents()) expect(text).not.toContain('\u202e');
});

test('the badge is cleared when DevTools closes', async () => {
  const panel = await suite.session.openPanel();
  const tabId = await panel.evaluate(() => (globalThis as unknown as { chrome: { devtools: { inspectedWindow: { tabId: number } } } }).chrome.devtools.inspectedWindow.tabId);
  await loadAndSettle('/mixed');
  await expect.poll(() => suite.session.badgeText()).toBe('3');
  const worker = await suite.session.serviceWorker();
  await suite.session.devtoolsPage.close();
  await expect
    .poll(() => worker.evaluate((id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }), tabId))
    .toBe('');
});

test('a burst of 1,000 requests loses no row, the badge equals the 500s served, and our pages fetch nothing', async () => {
  const panel = await suite.session.openPanel();
  await loadAndSettle('/burst');
  const served = suite.server.serverErrorsServed();
  expect(served).toBe(Math.ceil(BURST_PATHS.length / 3));
  await expect(panel.locator('.summary-bar')).toHaveText(`${served} server errors of ${BURST_PATHS.length + 2} requests`, { timeout: 30_000 });
  await expect.poll(() => suite.session.badgeText()).toBe(String(served));
  await panel.locator('tr.status-server-error').first().click();
  await panel.getByRole('tab', { name: 'Response' }).click();
  await expect(panel.locator('pre.body-text')).toContainText('Traceback');

  // Every http(s) resource our own documents and worker fetched over the session (Resource Timing
  // lists those; the page's own list proves it sees fetches here): none.
  expect(await suite.session.inspectedPage.evaluate(() => performance.getEntriesByType('resource').length)).toBeGreaterThan(0);
  const extensionOrigin = `chrome-extension://${suite.session.extensionId}/`;
  const loaded: string[] = [];
  for (const frame of suite.session.devtoolsPage.frames()) {
    if (!frame.url().startsWith(extensionOrigin)) continue;
    loaded.push(frame.url(), ...(await frame.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))));
  }
  const worker = await suite.session.serviceWorker();
  loaded.push(...(await worker.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))));
  expect(loaded.filter((url) => url.startsWith(extensionOrigin))).toHaveLength(2); // the DevTools page and the panel
  expect(loaded.filter((url) => !url.startsWith(extensionOrigin))).toEqual([]);
});
