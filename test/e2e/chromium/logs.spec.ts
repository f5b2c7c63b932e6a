// "Find it in your logs" in real Chromium DevTools: a 500 carrying a request id, a W3C traceparent,
// a Cloudflare ray id and an ASP.NET Core ProblemDetails traceId lists each with who writes it, the
// server-clock time window, and searches built from them.
import { expect, test } from '@playwright/test';
import { chromiumWithTestServer, loadTestPage, requestRow } from '../support/chromium-panel';
import { TRACED_BODY_ID, TRACED_REQUEST_ID, TRACED_TRACE_ID } from '../support/test-server';

const suite = chromiumWithTestServer();

test('a 500 with request and trace ids leads to searches for its log line', async () => {
  const panel = await suite.session.openPanel();
  await loadTestPage(suite.session, suite.server, '/traced-page');
  await requestRow(panel, '/api/traced').click();
  await panel.getByRole('tab', { name: 'Logs' }).click();
  const logs = panel.getByRole('article', { name: 'Find it in your logs' });
  await expect(logs.locator('.request-id')).toHaveCount(4);
  await expect(logs.locator('.request-id', { hasText: 'X-Request-Id' })).toContainText(TRACED_REQUEST_ID);
  await expect(logs.locator('.request-id', { hasText: 'traceparent' })).toContainText(`trace id ${TRACED_TRACE_ID}`);
  await expect(logs.locator('.request-id', { hasText: 'CF-Ray' })).toContainText('Cloudflare');
  await expect(logs.locator('.request-id', { hasText: 'body: traceId' })).toContainText(TRACED_BODY_ID);
  await expect(logs.locator('.time-window')).toContainText('by the server Date header');
  const commands = await logs.locator('.log-search-command code').allTextContents();
  expect(commands).toContain(`grep -rF '${TRACED_REQUEST_ID}' /var/log/`);
  expect(commands.some((command) => command.startsWith(`zgrep -hF '"GET /api/traced'`))).toBe(true);
  expect(commands.some((command) => command.includes(`|= "${TRACED_REQUEST_ID}"`))).toBe(true);
  await suite.session.devtoolsPage.screenshot({ path: 'test-results/logs-chromium.png' });
});

test('a 4xx offers the same log searches, on its last tab', async () => {
  const panel = await suite.session.openPanel();
  await loadTestPage(suite.session, suite.server, '/mixed');
  await requestRow(panel, '/api/missing').click();
  await expect(panel.getByRole('tab')).toHaveText(['Headers', 'Response', 'Leaks', 'Logs']);
  await panel.getByRole('tab', { name: 'Logs' }).click();
  const commands = await panel.getByRole('article', { name: 'Find it in your logs' }).locator('.log-search-command code').allTextContents();
  expect(commands).toContain(`zgrep -hF '"GET /api/missing' /var/log/nginx/access.log* | grep -F '" 404 '`);
});
