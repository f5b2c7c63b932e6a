// Chrome MV3 names the toolbar button `action`; Firefox MV2 names it `browserAction`.
import { browser } from 'wxt/browser';
import { BADGE_COLOR, badgeText } from '../core/badge/badge-text';

function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

export async function showServerErrorCount(tabId: number, count: number): Promise<void> {
  const button = toolbarButton();
  await button.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  await button.setBadgeText({ tabId, text: badgeText(count) });
}
