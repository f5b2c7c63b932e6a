// The spine, end to end in real Chromium with real DevTools open: capture, 5xx flagging, counts,
// body as text, hostile markup inert, badge, navigation reset and Preserve log.
import { expect, test } from '@playwright/test';
import { chromiumWithTestServer, loadTestPage, requestRow } from '../support/chromium-panel';
import { MANY_PATHS, MIXED_PATHS } from '../support/test-server';

const suite = chromiumWithTestServer();

const loadAndSettle = (path: string) => loadTestPage(suite.session, suite.server, path);

test('lists every status, flags and counts 5xx, badge equals the 5xx served', async () => {
  // Fired while DevTools shows another panel: only the DevTools page is listening yet.
  await loadAndSettle('/mixed');
  const panel = await suite.session.openPanel();

  for (const [path, status] of [['/api/ok', 200], ['/api/missing', 404], ['/api/crash', 500], ['/api/gateway', 502], ['/api/unavailable', 503]] as const) {
    await expect(requestRow(panel, path).locator('.col-status')).toContainText(String(status));
  }
  await expect(panel.locator('tr.status-server-error')).toHaveCount(suite.server.serverErrorsServed());
  await expect(panel.locator('tr.status-client-error')).toHaveCount(1);
  await expect(requestRow(panel, '/api/missing')).not.toHaveClass(/status-server-error/);
  const total = await panel.locator('tr.request-row').count();
  expect(total).toBeGreaterThanOrEqual(MIXED_PATHS.length + 1);
  await expect(panel.locator('.summary-bar')).toHaveText(`${suite.server.serverErrorsServed()} server errors of ${total} requests`);
  await expect.poll(() => suite.session.badgeText()).toBe(String(suite.server.serverErrorsServed()));
  await suite.session.devtoolsPage.screenshot({ path: 'test-results/panel-chromium.png' });
});

test('shows a 500 body as text and runs none of its markup', async () => {
  const panel = await suite.session.openPanel();
  await loadAndSettle('/hostile-page');
  await requestRow(panel, '/api/hostile').click();
  await panel.getByRole('tab', { name: 'Response' }).click();
  await expect(panel.locator('pre.body-text')).toContainText('<script>window.__selPwned = "script"</script>');
  await expect(panel.locator('pre.body-text')).toContainText('<svg onload=');
  // Give any injected handler a chance to run before looking for its trace.
  await panel.waitForTimeout(500);
  expect(await panel.evaluate(() => (window as { __selPwned?: string }).__selPwned)).toBeUndefined();
  expect(await panel.locator('pre.body-text img, pre.body-text svg, pre.body-text script').count()).toBe(0);
  for (const frame of suite.session.devtoolsPage.frames()) {
    if (!frame.url().startsWith('chrome-extension://')) continue;
    expect(await frame.evaluate(() => (window as { __selPwned?: string }).__selPwned)).toBeUndefined();
  }
});

test('navigation resets list and badge unless Preserve log is on; Clear empties both', async () => {
  const panel = await suite.session.openPanel();
  await loadAndSettle('/mixed');
  await expect(panel.locator('tr.status-server-error')).toHaveCount(3);
  await expect.poll(() => suite.session.badgeText()).toBe('3');

  await loadAndSettle('/calm');
  await expect(requestRow(panel, '/api/ok')).toHaveCount(1);
  await expect(panel.locator('tr.status-server-error')).toHaveCount(0);
  await expect(requestRow(panel, '/calm')).toHaveCount(1);
  await expect.poll(() => suite.session.badgeText()).toBe('');

  await panel.getByLabel('Preserve log').check();
  await loadAndSettle('/mixed');
  await loadAndSettle('/mixed');
  await expect(panel.locator('tr.status-server-error')).toHaveCount(6);
  await expect(requestRow(panel, '/calm')).toHaveCount(1);
  await expect.poll(() => suite.session.badgeText()).toBe('6');

  await panel.getByRole('button', { name: 'Clear' }).click();
  await expect(panel.locator('tr.request-row')).toHaveCount(0);
  await expect.poll(() => suite.session.badgeText()).toBe('');
});

test('the badge survives the service worker being stopped and restarted', async () => {
  const panel = await suite.session.openPanel();
  await loadAndSettle('/mixed');
  await expect.poll(() => suite.session.badgeText()).toBe('3');

  await suite.session.stopServiceWorker();

  await panel.getByLabel('Preserve log').check();
  await loadAndSettle('/mixed');
  await expect(panel.locator('tr.status-server-error')).toHaveCount(6);
  await expect.poll(() => suite.session.badgeText()).toBe('6');
});

test('a long capture renders only the rows in view and keeps every request', async () => {
  const panel = await suite.session.openPanel();
  await loadAndSettle('/many');
  const total = MANY_PATHS.length + 2; // + the page and its favicon
  await expect(panel.locator('.summary-bar')).toHaveText(`1 server error of ${total} requests`, { timeout: 60_000 });
  expect(await panel.locator('tr.request-row').count()).toBeLessThan(100);
  await panel.locator('.request-table-scroller').evaluate((scroller) => scroller.scrollTo(0, scroller.scrollHeight));
  await expect(panel.locator('tr.status-server-error .url-path')).toHaveText('/api/crash?last');
  await panel.locator('tr.status-server-error').click();
  await expect(panel.locator('tr.request-row.selected')).toHaveAttribute('aria-rowindex', String(total + 1));
  await panel.locator('.request-table-scroller').press('ArrowUp');
  await expect(panel.locator('tr.request-row.selected')).toHaveAttribute('aria-rowindex', String(total));
  await expect(panel.locator('tr.request-row.selected .url-path')).toHaveText(/^\/api\/ok\?n=\d+$/);
});
