import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { showServerErrorCount } from '@/adapters/toolbar-action';
import type { ToBackground } from '@/messaging/protocol';

// Holds no state: the DevTools page owns the count and always sends the whole number, so a
// stopped and restarted service worker has nothing to rebuild.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: ToBackground) => {
    if (message?.type === 'server-error-count') {
      return showServerErrorCount(message.tabId, message.count);
    }
  });
});
