// From a red row to the fix, in real Chromium DevTools: Retry proves a failure persistent or
// transient against a real server (its tries marked as ours, never on the badge), POST asks first,
// the copies mask credentials, and the debug pages of six frameworks — replayed byte for byte
// from captures of the real servers — name the setting that stops each leak.
import { expect, test } from '@playwright/test';
import { chromiumWithTestServer, loadTestPage, requestRow } from '../support/chromium-panel';
import { ORDER_TOKEN, PLANTED_ACCESS_KEY, REPLAYED_DEBUG_PAGES, REPLAYED_PAGE_NAMES, replayPath } from '../support/test-server';

const suite = chromiumWithTestServer();

test('Retry proves a failure persistent: 3 of 3, its tries listed as ours and not counted', async () => {
  const panel = await suite.session.openPanel();
  await loadTestPage(suite.session, suite.server, '/down-page');
  await expect.poll(() => suite.session.badgeText()).toBe('1');
  await requestRow(panel, '/api/down').click();
  await panel.getByRole('button', { name: 'Retry', exact: true }).click();
  await expect(panel.locator('.retry-status')).toContainText('persistent: failed 3 of 3', { timeout: 20_000 });
  await expect(panel.locator('.retry-status')).toContainText('try 3: 500');
  expect(suite.server.requestsTo('/api/down')).toBe(4);
  await expect(requestRow(panel, '/api/down')).toHaveCount(4);
  await expect(requestRow(panel, '/api/down').locator('.retry-chip')).toHaveText(['retry 1', 'retry 2', 'retry 3']);
  await expect(requestRow(panel, '/api/down').first().locator('.retry-verdict')).toHaveText('persistent 3/3');
  await expect(panel.getByRole('region', { name: 'Diagnosis' })).toContainText('persistent: failed 3 of 3');
  await expect(panel.locator('.summary-bar')).toContainText(/^1 server error of \d+ requests \(and 3 tries sent by Retry, not counted\)$/);
  expect(await suite.session.badgeText()).toBe('1');
});

test('Retry proves a failure transient when a later try succeeds, and stops there', async () => {
  const panel = await suite.session.openPanel();
  await loadTestPage(suite.session, suite.server, '/flaky-page');
  await panel.locator('tr.request-row', { hasText: '/api/flaky' }).click();
  await panel.getByRole('button', { name: 'Retry', exact: true }).click();
  await expect(panel.locator('.retry-status')).toContainText('transient: succeeded on try 2', { timeout: 20_000 });
  expect(suite.server.requestsTo('/api/flaky')).toBe(3);
  await expect.poll(() => suite.session.badgeText()).toBe('1');
});

test('a POST asks before it is sent again, then goes with its body; the copies mask credentials', async () => {
  const panel = await suite.session.openPanel();
  await loadTestPage(suite.session, suite.server, '/order-page');
  await requestRow(panel, '/api/order').click();
  await panel.getByRole('button', { name: 'Retry', exact: true }).click();
  const confirm = panel.getByRole('alertdialog', { name: 'Confirm retry' });
  await expect(confirm).toContainText('POST is not idempotent');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  expect(suite.server.requestsTo('/api/order')).toBe(1);

  await panel.getByLabel('Tries').fill('1');
  await panel.getByRole('button', { name: 'Retry', exact: true }).click();
  await panel.getByRole('alertdialog', { name: 'Confirm retry' }).getByRole('button', { name: 'Send again' }).click();
  await expect(panel.locator('.retry-status')).toContainText('persistent: failed 1 of 1', { timeout: 20_000 });
  // The page's own request and the retry, alike: same method, credentials and body.
  const sent = { method: 'POST', authorization: `Bearer ${ORDER_TOKEN}`, body: '{"item":42}' };
  expect(suite.server.requestsReceived('/api/order')).toEqual([sent, sent]);

  await panel.getByText('Show the copies').click();
  const curl = panel.locator('.copy-preview[data-copy="cURL"]');
  await expect(curl).toContainText(`curl '${suite.server.origin}/api/order'`);
  await expect(curl).toContainText(`-H 'X-Shop-Client: web'`);
  await expect(curl).toContainText(`-H 'Authorization: [redacted]'`);
  await expect(curl).toContainText(`--data-raw '{"item":42}'`);
  expect(await panel.locator('.reproduce-bar').textContent()).not.toContain(ORDER_TOKEN);
  await expect(panel.locator('.copy-left-out')).toContainText('Authorization masked');
  await expect(panel.locator('.copy-preview[data-copy="fetch()"]')).toContainText('"credentials": "include"');
  await panel.locator('.reproduce-bar').getByLabel('include credentials').check();
  await expect(curl).toContainText(`-H 'Authorization: Bearer ${ORDER_TOKEN}'`);
});

test('each framework debug page names its origin and the setting that stops the leak', async () => {
  const panel = await suite.session.openPanel();
  await loadTestPage(suite.session, suite.server, '/debug-pages');
  for (const name of REPLAYED_PAGE_NAMES) {
    const change = REPLAYED_DEBUG_PAGES[name];
    await requestRow(panel, replayPath(name)).click();
    await panel.getByRole('tab', { name: /^Leaks/ }).click();
    await expect(panel.getByRole('region', { name: 'How to stop these leaks' }).locator('.leak-fix code').first(), name).toHaveText(change);
  }
  await requestRow(panel, '/replay/django/uncaught-exception-debug').click();
  await panel.getByRole('tab', { name: /^Leaks/ }).click();
  await expect(panel.locator('.finding-origin').first()).toHaveText(/^from /);
  await suite.session.devtoolsPage.screenshot({ path: 'test-results/leak-fix-chromium.png' });
});

test('a failure and the diagnosis copy as Markdown for a ticket, secrets masked', async () => {
  const panel = await suite.session.openPanel();
  await loadTestPage(suite.session, suite.server, '/secret-page');
  await requestRow(panel, '/api/settings').click();
  await panel.getByRole('tab', { name: /^Leaks/ }).click();
  await panel.locator('.reproduce-bar').getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(panel.locator('.reproduce-bar [role="status"]')).toContainText('Markdown');
  const markdown = (await panel.locator('.copy-preview[data-copy="Markdown"]').textContent()) ?? '';
  expect(markdown).toMatch(/^### 500 Internal Server Error: <code>GET http:\/\/127\.0\.0\.1:\d+\/api\/settings<\/code>/);
  expect(markdown).toContain('#### Leaks');
  expect(markdown).not.toContain(PLANTED_ACCESS_KEY);
  const banner = panel.getByRole('region', { name: 'Diagnosis' });
  await banner.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(banner.getByRole('status')).toBeVisible();
});
