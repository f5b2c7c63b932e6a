import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { hasAllTabsAccess, onAccessChanged } from '@/adapters/all-tabs-access';
import { showServerErrorCount, shownBadgeText } from '@/adapters/toolbar-action';
import { isWebRequestGranted, watchResponses } from '@/adapters/web-request-watch';
import { BADGE_PORT, type ToBackground } from '@/messaging/protocol';
import { BadgeKeeper } from '@/session/badge-keeper';

// The badge of a tab shows what its open DevTools has captured. Each DevTools page holds a port
// open and sends the whole count over it, so a stopped and restarted background is told again when
// the ports reconnect. With the opt-in all-tabs access granted, tabs without DevTools show the
// background's own count from webRequest events.
export default defineBackground(() => {
  const keeper = new BadgeKeeper({ show: showServerErrorCount, shownText: shownBadgeText });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== BADGE_PORT) return;
    port.onMessage.addListener((message: ToBackground) => {
      if (message?.type === 'server-error-count') keeper.devtoolsCounted(port, message.tabId, message.count);
    });
    // DevTools closed: the tab shows the background's count, or none.
    port.onDisconnect.addListener(() => keeper.devtoolsClosed(port));
  });
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading' || changeInfo.url !== undefined) keeper.tabUpdated(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => keeper.tabRemoved(tabId));

  let stopWatching: (() => void) | undefined;
  const followAccess = (granted: boolean) => {
    if (granted && !stopWatching && isWebRequestGranted()) stopWatching = watchResponses(keeper);
    const stop = granted ? undefined : stopWatching;
    if (stop) stopWatching = undefined;
    // Before the listeners go, so the badges are cleared even if removing them fails: with the
    // permission gone, Firefox may already have taken the webRequest API away.
    keeper.setCountsAllTabs(stopWatching !== undefined);
    try {
      stop?.();
    } catch {
      // Their listeners went with the API.
    }
  };
  // Synchronously while starting: Chrome wakes a stopped worker only for listeners added then. The
  // host access is checked right after; without it, the events never come anyway.
  followAccess(isWebRequestGranted());
  const recheck = () => void hasAllTabsAccess().then(followAccess, () => followAccess(false));
  recheck();
  onAccessChanged(recheck);
});
