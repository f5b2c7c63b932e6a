// "Find it in your logs" in Firefox ESR's real DevTools (see the Chromium spec).
import { expect, test } from '@playwright/test';
import { clickByText, firefoxWithTestServer, selectRow } from '../support/firefox-panel';
import { TRACED_REQUEST_ID, TRACED_TRACE_ID } from '../support/test-server';

const suite = firefoxWithTestServer();

test('a 500 with request and trace ids leads to searches for its log line', async () => {
  const firefox = suite.session;
  await firefox.openPanel();
  await firefox.navigate(`${suite.server.origin}/traced-page`);
  await expect.poll(() => selectRow(firefox, '/api/traced')).toBe(true);
  await expect.poll(() => clickByText(firefox, 'button.detail-tab', 'Logs')).toBe(true);
  const logs = () =>
    firefox.inPanel(
      (panel) => ({
        ids: [...panel.document.querySelectorAll('.request-id')].map((element) => element.textContent ?? ''),
        commands: [...panel.document.querySelectorAll('.log-search-command code')].map((element) => element.textContent ?? ''),
      }),
      null,
    );
  await expect.poll(async () => (await logs()).ids.length).toBe(4);
  const { ids, commands } = await logs();
  expect(ids.find((text) => text.startsWith('X-Request-Id'))).toContain(TRACED_REQUEST_ID);
  expect(ids.find((text) => text.startsWith('traceparent'))).toContain(TRACED_TRACE_ID);
  expect(commands).toContain(`grep -rF '${TRACED_REQUEST_ID}' /var/log/`);
});
