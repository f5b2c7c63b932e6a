// Chrome MV3 names the toolbar button `action`; Firefox MV2 names it `browserAction`.
import { browser } from 'wxt/browser';
import { BADGE_COLOR, badgeText } from '../core/badge/badge-text';

function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

export async function showServerErrorCount(tabId: number, count: number): Promise<void> {
  const button = toolbarButton();
  try {
    await button.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await button.setBadgeText({ tabId, text: badgeText(count) });
  } catch {
    // The tab was closed meanwhile: it has no badge to set.
  }
}

export function clearServerErrorCount(tabId: number): Promise<void> {
  return showServerErrorCount(tabId, 0);
}

export async function shownBadgeText(tabId: number): Promise<string> {
  return toolbarButton().getBadgeText({ tabId });
}
