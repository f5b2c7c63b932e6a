// The same scenario as the Chromium suite, in Debian's Firefox ESR with its real DevTools toolbox:
// capture, 5xx flagging, counts, body as text, hostile markup inert, badge, navigation reset,
// Preserve log, Clear, a restarted background, 500 explanation, leak warning, and the DevTools theme.
import { expect, test } from '@playwright/test';
import { launchFirefoxWithDevtools, type FirefoxSession } from '../support/firefox-bidi';
import { clickByText, countOf, selectRow, setPreserveLog, statusCellsOf, textOf } from '../support/firefox-panel';
import { MIXED_PATHS, startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let session: FirefoxSession | undefined;

test.beforeEach(async () => {
  server = await startTestServer();
});

test.afterEach(async () => {
  await session?.close();
  session = undefined;
  await server?.close();
});

async function launch(options?: Parameters<typeof launchFirefoxWithDevtools>[0]): Promise<FirefoxSession> {
  session = await launchFirefoxWithDevtools(options);
  return session;
}

test('lists every status, flags and counts 5xx, badge equals the 5xx served', async () => {
  const firefox = await launch();
  // Fired while the toolbox shows the Console: only the DevTools page is listening yet, and the
  // Network panel was never opened (MDN warns Firefox may not report requests before it was).
  await firefox.openToolbox('webconsole');
  await firefox.navigate(`${server.origin}/mixed`);
  await firefox.openPanel();

  for (const [path, status] of [['/api/ok', 200], ['/api/missing', 404], ['/api/crash', 500], ['/api/gateway', 502], ['/api/unavailable', 503]] as const) {
    await expect.poll(() => statusCellsOf(firefox, path)).toEqual([expect.stringContaining(String(status))]);
  }
  await expect.poll(() => countOf(firefox, 'tr.status-server-error')).toBe(server.serverErrorsServed());
  expect(await countOf(firefox, 'tr.status-client-error')).toBe(1);
  const total = await countOf(firefox, 'tr.request-row');
  expect(total).toBeGreaterThanOrEqual(MIXED_PATHS.length + 1);
  expect(await textOf(firefox, '.summary-bar')).toBe(`${server.serverErrorsServed()} server errors of ${total} requests`);
  await expect.poll(() => firefox.badgeText()).toBe(String(server.serverErrorsServed()));
  expect(await firefox.inChrome(NETWORK_PANEL_LOADED)).toBe(false);
});

const NETWORK_PANEL_LOADED = `() => {
  const { require } = ChromeUtils.importESModule('resource://devtools/shared/loader/Loader.sys.mjs');
  const { gDevTools } = require('devtools/client/framework/devtools');
  return Boolean(gDevTools.getToolboxForTab(gBrowser.selectedTab).getPanel('netmonitor'));
}`;

test('shows a 500 body as text and runs none of its markup', async () => {
  const firefox = await launch();
  await firefox.openPanel();
  await firefox.navigate(`${server.origin}/hostile-page`);
  await expect.poll(() => selectRow(firefox, '/api/hostile')).toBe(true);
  await expect.poll(() => clickByText(firefox, '[role=tab]', 'Response')).toBe(true);
  await expect.poll(() => textOf(firefox, 'pre.body-text')).toContain('<script>window.__selPwned = "script"</script>');
  expect(await textOf(firefox, 'pre.body-text')).toContain('<svg onload=');
  // Give any injected handler a chance to run before looking for its trace.
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(await firefox.inPanel((panel) => typeof (panel as { wrappedJSObject?: { __selPwned?: string } }).wrappedJSObject?.__selPwned)).toBe('undefined');
  expect(await countOf(firefox, 'pre.body-text img, pre.body-text svg, pre.body-text script')).toBe(0);
});

test('navigation resets list and badge unless Preserve log is on; Clear empties both', async () => {
  const firefox = await launch();
  await firefox.openPanel();
  await firefox.navigate(`${server.origin}/mixed`);
  await expect.poll(() => countOf(firefox, 'tr.status-server-error')).toBe(3);
  await expect.poll(() => firefox.badgeText()).toBe('3');

  await firefox.navigate(`${server.origin}/calm`);
  await expect.poll(() => statusCellsOf(firefox, '/api/ok')).toHaveLength(1);
  expect(await countOf(firefox, 'tr.status-server-error')).toBe(0);
  expect(await statusCellsOf(firefox, '/calm')).toHaveLength(1);
  await expect.poll(() => firefox.badgeText()).toBe('');

  await setPreserveLog(firefox);
  await firefox.navigate(`${server.origin}/mixed`);
  await firefox.navigate(`${server.origin}/mixed`);
  await expect.poll(() => countOf(firefox, 'tr.status-server-error')).toBe(6);
  expect(await statusCellsOf(firefox, '/calm')).toHaveLength(1);
  await expect.poll(() => firefox.badgeText()).toBe('6');

  expect(await clickByText(firefox, 'button', 'Clear')).toBe(true);
  await expect.poll(() => countOf(firefox, 'tr.request-row')).toBe(0);
  await expect.poll(() => firefox.badgeText()).toBe('');
});

test('the badge survives the background page being stopped and restarted', async () => {
  const firefox = await launch();
  await firefox.openPanel();
  await firefox.navigate(`${server.origin}/mixed`);
  await expect.poll(() => firefox.badgeText()).toBe('3');

  expect(await firefox.stopBackground()).toBe('stopped');

  await setPreserveLog(firefox);
  await firefox.navigate(`${server.origin}/mixed`);
  await expect.poll(() => countOf(firefox, 'tr.status-server-error')).toBe(6);
  await expect.poll(() => firefox.badgeText()).toBe('6');
});

test('explains a 500 and warns that its body leaks server internals', async () => {
  const firefox = await launch();
  await firefox.openPanel();
  await firefox.navigate(`${server.origin}/mixed`);
  // The traceback served for /api/crash names source paths, a database driver error and an internal host.
  await expect
    .poll(() =>
      firefox.inPanel((panel) => {
        const row = [...panel.document.querySelectorAll('tr.request-row')].find(
          (candidate) => candidate.querySelector('.url-path')?.textContent === '/api/crash',
        );
        return Number(row?.querySelector('.leak-marker')?.textContent ?? 0);
      }),
    )
    .toBeGreaterThan(0);
  expect(await selectRow(firefox, '/api/crash')).toBe(true);
  // Explanation is the default tab for a 5xx.
  await expect.poll(() => textOf(firefox, '[role=tab][aria-selected=true]')).toBe('Explanation');
  await expect.poll(() => textOf(firefox, '.detail-content')).toContain('Internal Server Error');
  expect(await textOf(firefox, '.detail-content')).toContain('Cause checklist');
  expect(
    await firefox.inPanel((panel) => {
      const tab = [...panel.document.querySelectorAll<HTMLElement>('[role=tab]')].find((candidate) =>
        candidate.textContent?.startsWith('Leaks'),
      );
      tab?.click();
      return Boolean(tab);
    }),
  ).toBe(true);
  await expect.poll(() => countOf(firefox, '.detail-content .leak-list .finding')).toBeGreaterThan(0);
});

test('the panel follows the DevTools theme, also when it changes while open', async () => {
  const firefox = await launch({ theme: 'dark' });
  await firefox.openPanel();
  const panelTheme = () => firefox.inPanel((panel) => panel.document.documentElement.dataset.theme);
  expect(await panelTheme()).toBe('dark');
  await firefox.inChrome(`() => Services.prefs.setCharPref('devtools.theme', 'light')`);
  await expect.poll(panelTheme).toBe('light');
});
