// The opt-in all-tabs badge in Firefox ESR: off by default (no permission, no badge without
// DevTools), turned on by a real click on our options page, counting tabs whose DevTools is closed,
// and giving the permission back when turned off.
import { expect, test } from '@playwright/test';
import { launchFirefoxWithDevtools, type FirefoxSession } from '../support/firefox-bidi';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let firefox: FirefoxSession;

test.beforeEach(async () => {
  server = await startTestServer();
  firefox = await launchFirefoxWithDevtools();
  // The grant dialog cannot be clicked headless; this pref makes Firefox grant what the click asked for.
  await firefox.inChrome(`() => Services.prefs.setBoolPref('extensions.webextOptionalPermissionPrompts', false)`);
});

test.afterEach(async () => {
  await firefox?.close();
  await server?.close();
});

const OPTION = 'input[type=checkbox]';
const STATE = '[role=status]';

const hasWebRequest = () =>
  firefox.inChrome<boolean>(`async () => {
    const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
    const { permissions, origins } = await ExtensionPermissions.get(${JSON.stringify('server-error-lens@example.org')});
    return permissions.includes('webRequest') && origins.includes('https://*/*');
  }`);

test('off by default; a click on the option counts tabs without DevTools; turning it off gives the permission back', async () => {
  await firefox.navigate(`${server.origin}/mixed`);
  expect(await firefox.badgeText()).toBe('');

  await firefox.openTab();
  await firefox.openOptionsPage();
  await expect.poll(() => firefox.textInTab(STATE)).toMatch(/^Off/);
  await firefox.clickInTab(OPTION);
  await expect.poll(() => firefox.textInTab(STATE)).toMatch(/^On/);
  expect(await hasWebRequest()).toBe(true);

  await firefox.selectTab(0);
  await firefox.navigate(`${server.origin}/mixed`);
  await expect.poll(() => firefox.badgeText()).toBe('3');
  // A new page load starts the count again, as the panel's list does.
  await firefox.navigate(`${server.origin}/one-failing`);
  await expect.poll(() => firefox.badgeText()).toBe('1');

  await firefox.selectTab(1);
  await firefox.clickInTab(OPTION);
  await expect.poll(() => firefox.textInTab(STATE)).toMatch(/^Off/);
  expect(await hasWebRequest()).toBe(false);
  await firefox.selectTab(0);
  await expect.poll(() => firefox.badgeText()).toBe('');
});
