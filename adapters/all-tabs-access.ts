// The opt-in "count server errors on all tabs": the optional permissions it needs, asked for at run
// time and given back when the user turns it off.
import { browser, type Browser } from 'wxt/browser';
import { ALL_TABS_API_PERMISSIONS, ALL_TABS_HOSTS } from '../core/badge/all-tabs-permissions';

const ALL_TABS_ACCESS: Browser.permissions.Permissions = { permissions: [...ALL_TABS_API_PERMISSIONS], origins: ALL_TABS_HOSTS };

export function hasAllTabsAccess(): Promise<boolean> {
  return browser.permissions.contains(ALL_TABS_ACCESS);
}

/** Must run in the handler of the user's click: browsers refuse the request otherwise. */
export function requestAllTabsAccess(): Promise<boolean> {
  return browser.permissions.request(ALL_TABS_ACCESS);
}

export function removeAllTabsAccess(): Promise<boolean> {
  return browser.permissions.remove(ALL_TABS_ACCESS);
}

/** Called whenever a permission is granted or removed, here or in the browser's own settings. */
export function onAccessChanged(listener: () => void): void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
}
