import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { clearServerErrorCount, showServerErrorCount } from '@/adapters/toolbar-action';
import { BADGE_PORT, type ToBackground } from '@/messaging/protocol';

// The badge of a tab shows what its open DevTools has captured. Each DevTools page holds a port
// open and sends the whole count over it; what the background knows is only what its open ports
// told it, so a stopped and restarted background is told again when the ports reconnect.
export default defineBackground(() => {
  const countsByPort = new Map<Browser.runtime.Port, ToBackground>();

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== BADGE_PORT) return;
    port.onMessage.addListener((message: ToBackground) => {
      if (message?.type !== 'server-error-count') return;
      countsByPort.set(port, message);
      void showServerErrorCount(message.tabId, message.count);
    });
    // DevTools closed: nothing is captured any more, so the tab shows no count.
    port.onDisconnect.addListener(() => {
      const last = countsByPort.get(port);
      countsByPort.delete(port);
      if (last) void clearServerErrorCount(last.tabId);
    });
  });

  // Firefox resets a tab's badge when the tab navigates; the count the DevTools page sends next
  // may be unchanged, so the last one is shown again.
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status !== 'loading' && changeInfo.url === undefined) return;
    for (const last of countsByPort.values()) {
      if (last.tabId === tabId) void showServerErrorCount(tabId, last.count);
    }
  });
});
