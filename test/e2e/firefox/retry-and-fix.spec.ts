// Retry and the fix catalogue in Firefox ESR's real DevTools (see the Chromium spec).
import { expect, test } from '@playwright/test';
import { clickByText, firefoxWithTestServer, selectRow } from '../support/firefox-panel';
import { REPLAYED_DEBUG_PAGES, REPLAYED_PAGE_NAMES, replayPath } from '../support/test-server';

const suite = firefoxWithTestServer();

const retryStatus = () => suite.session.inPanel((panel) => panel.document.querySelector('.retry-status')?.textContent ?? '', null);

test('Retry proves a failure persistent: 3 of 3, its tries listed as ours and not counted', async () => {
  const firefox = suite.session;
  await firefox.openPanel();
  await firefox.navigate(`${suite.server.origin}/down-page`);
  await expect.poll(() => firefox.badgeText()).toBe('1');
  await expect.poll(() => selectRow(firefox, '/api/down')).toBe(true);
  await expect.poll(() => clickByText(firefox, 'button', 'Retry')).toBe(true);
  await expect.poll(retryStatus, { timeout: 20_000 }).toContain('persistent: failed 3 of 3');
  expect(suite.server.requestsTo('/api/down')).toBe(4);
  const chips = await firefox.inPanel((panel) => [...panel.document.querySelectorAll('.retry-chip')].map((chip) => chip.textContent), null);
  expect(chips).toEqual(['retry 1', 'retry 2', 'retry 3']);
  expect(await firefox.badgeText()).toBe('1');
});

test('Retry proves a failure transient when a later try succeeds', async () => {
  const firefox = suite.session;
  await firefox.openPanel();
  await firefox.navigate(`${suite.server.origin}/flaky-page`);
  await expect
    .poll(() =>
      firefox.inPanel((panel) => {
        const row = [...panel.document.querySelectorAll<HTMLElement>('tr.request-row')].find((candidate) => candidate.textContent?.includes('/api/flaky'));
        row?.click();
        return Boolean(row);
      }, null),
    )
    .toBe(true);
  await expect.poll(() => clickByText(firefox, 'button', 'Retry')).toBe(true);
  await expect.poll(retryStatus, { timeout: 20_000 }).toContain('transient: succeeded on try 2');
  expect(suite.server.requestsTo('/api/flaky')).toBe(3);
});

test('each framework debug page names the setting that stops the leak', async () => {
  const firefox = suite.session;
  await firefox.openPanel();
  await firefox.navigate(`${suite.server.origin}/debug-pages`);
  for (const name of REPLAYED_PAGE_NAMES) {
    const change = REPLAYED_DEBUG_PAGES[name];
    await expect.poll(() => selectRow(firefox, replayPath(name))).toBe(true);
    // A new selection opens on its first tab: click Leaks and read it in one go until it shows.
    const fixShown = () =>
      firefox.inPanel((panel) => {
        [...panel.document.querySelectorAll<HTMLElement>('button.detail-tab')].find((tab) => tab.textContent?.startsWith('Leaks'))?.click();
        return panel.document.querySelector('.leak-fixes .leak-fix code')?.textContent ?? '';
      }, null);
    await expect.poll(fixShown, { message: name }).toBe(change);
  }
});
