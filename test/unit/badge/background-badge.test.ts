// The background with WXT's fake browser. The fake has no runtime ports, so a minimal one stands in:
// a port delivers messages to the background's listeners and can be closed, as DevTools closing does.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '@/entrypoints/background';
import { BADGE_PORT, type ToBackground } from '@/messaging/protocol';

const toolbarButton = () => fakeBrowser.action ?? fakeBrowser.browserAction;

type Listener<T> = (value: T) => void;
function fakeEvent<T>() {
  const listeners = new Set<Listener<T>>();
  return { addListener: (listener: Listener<T>) => listeners.add(listener), fire: (value: T) => listeners.forEach((listener) => listener(value)) };
}

function fakePort(name = BADGE_PORT) {
  const onMessage = fakeEvent<ToBackground>();
  const onDisconnect = fakeEvent<unknown>();
  const port = { name, onMessage, onDisconnect };
  return {
    port,
    send: (message: ToBackground) => onMessage.fire(message),
    close: () => onDisconnect.fire(port),
  };
}

let onConnect: ReturnType<typeof fakeEvent<unknown>>;
function startBackground() {
  onConnect = fakeEvent();
  (fakeBrowser.runtime as unknown as { onConnect: unknown }).onConnect = onConnect;
  background.main();
}
function connect(name?: string) {
  const port = fakePort(name);
  onConnect.fire(port.port);
  return port;
}
const badge = (tabId: number) => toolbarButton().getBadgeText({ tabId });
/** The badge calls are promises the listeners do not hand back; let them run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('background badge', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    startBackground();
  });

  it('shows the count each DevTools page sends, per tab', async () => {
    connect().send({ type: 'server-error-count', tabId: 3, count: 5 });
    connect().send({ type: 'server-error-count', tabId: 4, count: 1 });
    await settle();
    expect(await badge(3)).toBe('5');
    expect(await badge(4)).toBe('1');
  });

  it('empties the badge at zero (Clear, navigation)', async () => {
    const devtools = connect();
    devtools.send({ type: 'server-error-count', tabId: 3, count: 5 });
    devtools.send({ type: 'server-error-count', tabId: 3, count: 0 });
    await settle();
    expect(await badge(3)).toBe('');
  });

  it('clears the badge of a tab whose DevTools closed, and only that one', async () => {
    const first = connect();
    first.send({ type: 'server-error-count', tabId: 3, count: 5 });
    connect().send({ type: 'server-error-count', tabId: 4, count: 2 });
    await settle();
    first.close();
    await settle();
    expect(await badge(3)).toBe('');
    expect(await badge(4)).toBe('2');
  });

  it('shows the count again after the tab navigated (Firefox resets tab badges then)', async () => {
    connect().send({ type: 'server-error-count', tabId: 3, count: 5 });
    await settle();
    await toolbarButton().setBadgeText({ tabId: 3, text: '' });
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'loading' }, {} as never);
    await settle();
    expect(await badge(3)).toBe('5');
  });

  it('needs nothing from a previous worker: a fresh one shows what the reconnected port sends', async () => {
    connect().send({ type: 'server-error-count', tabId: 3, count: 2 });
    startBackground(); // the restarted worker: no memory of the first one
    connect().send({ type: 'server-error-count', tabId: 3, count: 3 });
    await settle();
    expect(await badge(3)).toBe('3');
  });

  it('ignores ports and messages that are not ours', async () => {
    connect('someone-else').send({ type: 'server-error-count', tabId: 3, count: 9 });
    connect().send({ type: 'something-else' } as unknown as ToBackground);
    await settle();
    expect(await badge(3)).toBe('');
  });
});
