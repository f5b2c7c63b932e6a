// The opt-in all-tabs badge in real Chromium. Off by default: no webRequest API and the option says
// so. Granted (as Chromium keeps an earlier grant in the profile: its dialog cannot be answered
// headless), a tab whose DevTools is closed is counted, the count survives the service worker being
// stopped, turning the option off gives the permission back and clears the badge, and turning it on
// again counts from the next load without a restart.
import { expect, test, type Page } from '@playwright/test';
import { launchChromiumWithDevtools, type ChromiumSession } from '../support/chromium-devtools';
import { loadTestPage } from '../support/chromium-panel';
import { startTestServer, type TestServer } from '../support/test-server';

// Evaluated inside extension pages, where Chrome's own API object exists.
declare const chrome: any;

const ALL_TABS = { permissions: ['webRequest'], origins: ['http://*/*', 'https://*/*'] };

let server: TestServer;
let chromium: ChromiumSession | undefined;

test.beforeEach(async () => {
  server = await startTestServer();
});

test.afterEach(async () => {
  await chromium?.close();
  await server?.close();
});

async function openOptions(session: ChromiumSession): Promise<Page> {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  return options;
}

/** The id of the tab showing `url`, found from an extension page while host access lets it see URLs. */
const tabIdAt = (extensionPage: Page, url: string) =>
  extensionPage.evaluate(async (wanted) => ((await chrome.tabs.query({ url: wanted })) as { id: number }[])[0]?.id, url);

const badgeOf = (extensionPage: Page, tabId: number) =>
  extensionPage.evaluate((id) => chrome.action.getBadgeText({ tabId: id }) as Promise<string>, tabId);

test('off by default: the option says so and the extension has no webRequest', async () => {
  chromium = await launchChromiumWithDevtools();
  const options = await openOptions(chromium);
  await expect(options.getByRole('status')).toHaveText(/^Off/);
  await expect(options.getByRole('checkbox')).not.toBeChecked();
  expect(await (await chromium.serviceWorker()).evaluate(() => typeof chrome.webRequest)).toBe('undefined');
});

test('granted: a tab without DevTools is counted, across a service-worker restart, until turned off, and again when turned on', async () => {
  chromium = await launchChromiumWithDevtools({ grantedOptional: ALL_TABS });
  const options = await openOptions(chromium);
  await expect(options.getByRole('status')).toHaveText(/^On/);
  await expect(options.getByRole('checkbox')).toBeChecked();

  await chromium.devtoolsPage.close();
  await loadTestPage(chromium, server, '/mixed');
  const tabId = await tabIdAt(options, `${server.origin}/mixed`);
  expect(tabId).toEqual(expect.any(Number));
  await expect.poll(() => badgeOf(options, tabId!)).toBe('3');

  // Chrome stops an idle worker; the next response wakes a new one, which must go on from 3.
  await chromium.stopServiceWorker();
  await chromium.inspectedPage.evaluate(() => fetch('/api/crash').then((response) => response.status));
  await expect.poll(() => badgeOf(options, tabId!)).toBe('4');

  await options.getByRole('checkbox').click();
  await expect(options.getByRole('status')).toHaveText(/^Off/);
  expect(await options.evaluate((access) => chrome.permissions.contains(access), ALL_TABS)).toBe(false);
  await expect.poll(() => badgeOf(options, tabId!)).toBe('');

  // Ticked again: Chromium grants without a dialog what the user granted before and the extension
  // gave back, so this is the real request path, and the running worker must start counting.
  await options.getByRole('checkbox').click();
  await expect(options.getByRole('status')).toHaveText(/^On/);
  await loadTestPage(chromium, server, '/mixed');
  await expect.poll(() => badgeOf(options, tabId!)).toBe('3');
});
