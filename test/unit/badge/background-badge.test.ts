import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '@/entrypoints/background';
import type { ToBackground } from '@/messaging/protocol';

const toolbarButton = () => fakeBrowser.action ?? fakeBrowser.browserAction;

describe('background badge', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    background.main();
  });

  async function send(message: ToBackground) {
    await Promise.all(await fakeBrowser.runtime.onMessage.trigger(message, {}));
  }

  it('shows the count the DevTools page sends, per tab', async () => {
    await send({ type: 'server-error-count', tabId: 3, count: 5 });
    await send({ type: 'server-error-count', tabId: 4, count: 1 });
    expect(await toolbarButton().getBadgeText({ tabId: 3 })).toBe('5');
    expect(await toolbarButton().getBadgeText({ tabId: 4 })).toBe('1');
  });

  it('empties the badge at zero (Clear, navigation)', async () => {
    await send({ type: 'server-error-count', tabId: 3, count: 5 });
    await send({ type: 'server-error-count', tabId: 3, count: 0 });
    expect(await toolbarButton().getBadgeText({ tabId: 3 })).toBe('');
  });

  it('needs nothing from a previous worker: a fresh one shows the next count', async () => {
    await send({ type: 'server-error-count', tabId: 3, count: 2 });
    fakeBrowser.runtime.onMessage.removeAllListeners();
    background.main(); // the restarted worker: no memory of the first one
    await send({ type: 'server-error-count', tabId: 3, count: 3 });
    expect(await toolbarButton().getBadgeText({ tabId: 3 })).toBe('3');
  });

  it('ignores messages that are not ours', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'something-else' }, {});
    expect(await toolbarButton().getBadgeText({ tabId: 3 })).toBe('');
  });
});
