// The DevTools page's end of the badge port (messaging/protocol.ts, BADGE_PORT). An MV3 service
// worker or an event page that the browser stops closes the port; we open it again at once and
// send the count again, so the badge stays right and the background keeps nothing of its own.
import { browser, type Browser } from 'wxt/browser';
import { BADGE_PORT, type ToBackground } from '@/messaging/protocol';

/** A port that closes again this soon after opening means no background is there: wait, then retry. */
const RECONNECT_PAUSE_MS = 1000;

export function connectBadge(tabId: number): { show(count: number): void } {
  let port: Browser.runtime.Port | undefined;
  let lastCount: number | undefined;
  let openedAt = 0;

  function send(count: number): void {
    const message: ToBackground = { type: 'server-error-count', tabId, count };
    try {
      port?.postMessage(message);
    } catch {
      // Closing as we speak; onDisconnect reconnects and sends lastCount.
    }
  }

  function connect(): void {
    openedAt = Date.now();
    port = browser.runtime.connect({ name: BADGE_PORT });
    port.onDisconnect.addListener(() => {
      port = undefined;
      const reconnect = () => {
        connect();
        if (lastCount !== undefined) send(lastCount);
      };
      if (Date.now() - openedAt < RECONNECT_PAUSE_MS) setTimeout(reconnect, RECONNECT_PAUSE_MS);
      else reconnect();
    });
  }

  connect();
  return {
    show(count) {
      lastCount = count;
      send(count);
    },
  };
}
