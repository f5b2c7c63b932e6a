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
  return {
    addListener: (listener: Listener<T>) => listeners.add(listener),
    removeListener: (listener: Listener<T>) => listeners.delete(listener),
    fire: (value: T) => listeners.forEach((listener) => listener(value)),
  };
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

/**
 * The optional all-tabs access as the browser keeps it: granted or not, and webRequest present only
 * once granted (Chrome defines chrome.webRequest only then). The fake has neither implemented.
 */
const access = {
  granted: false,
  onAdded: fakeEvent<unknown>(),
  onRemoved: fakeEvent<unknown>(),
  navigation: fakeEvent<{ tabId: number }>(),
  completed: fakeEvent<{ tabId: number; statusCode: number }>(),
};
const fakeWebRequest = fakeBrowser.webRequest;
function installFakeAccess() {
  Object.assign(fakeBrowser.permissions, {
    contains: () => Promise.resolve(access.granted),
    onAdded: access.onAdded,
    onRemoved: access.onRemoved,
  });
  Object.assign(fakeWebRequest, {
    onBeforeRequest: { addListener: access.navigation.addListener, removeListener: access.navigation.removeListener },
    onCompleted: { addListener: access.completed.addListener, removeListener: access.completed.removeListener },
  });
  Object.defineProperty(fakeBrowser, 'webRequest', { configurable: true, get: () => (access.granted ? fakeWebRequest : undefined) });
}
function grantAccess(granted: boolean) {
  access.granted = granted;
  (granted ? access.onAdded : access.onRemoved).fire({});
}
/** New events, so that the listeners of a worker started before are not called any more. */
function resetFakeAccess() {
  access.granted = false;
  access.onAdded = fakeEvent();
  access.onRemoved = fakeEvent();
  access.navigation = fakeEvent();
  access.completed = fakeEvent();
}
/** fakeBrowser.reset() resets webRequest too, so it must be there while the fake resets. */
function resetBrowser() {
  access.granted = true;
  fakeBrowser.reset();
  resetFakeAccess();
}

let onConnect: ReturnType<typeof fakeEvent<unknown>>;
function startBackground() {
  onConnect = fakeEvent();
  (fakeBrowser.runtime as unknown as { onConnect: unknown }).onConnect = onConnect;
  installFakeAccess();
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
    resetBrowser();
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

describe('background badge, counting on all tabs (opt-in)', () => {
  beforeEach(async () => {
    resetBrowser();
    startBackground();
    grantAccess(true);
    await settle();
  });
  const navigate = (tabId: number) => access.navigation.fire({ tabId });
  const respond = (tabId: number, statusCode: number) => access.completed.fire({ tabId, statusCode });

  it('counts the 5xx responses of tabs without DevTools, per tab, from each top-level navigation', async () => {
    navigate(3);
    respond(3, 500);
    respond(3, 200);
    respond(3, 404);
    respond(3, 503);
    respond(3, 600);
    respond(4, 502);
    respond(-1, 500); // a request of no tab
    await settle();
    expect(await badge(3)).toBe('2');
    expect(await badge(4)).toBe('1');
    navigate(3);
    await settle();
    expect(await badge(3)).toBe('');
  });

  it('counts nothing before the access is granted, and nothing after it is removed', async () => {
    grantAccess(false);
    await settle();
    respond(3, 500);
    await settle();
    expect(await badge(3)).toBe('');
  });

  it('empties the badges it set when the access is removed', async () => {
    respond(3, 500);
    await settle();
    grantAccess(false);
    await settle();
    expect(await badge(3)).toBe('');
  });

  it('empties them even when Firefox took the webRequest API away with the permission', async () => {
    respond(3, 500);
    await settle();
    const gone = () => {
      throw new Error('webRequest is not available');
    };
    fakeWebRequest.onBeforeRequest.removeListener = gone;
    fakeWebRequest.onCompleted.removeListener = gone;
    grantAccess(false);
    await settle();
    expect(await badge(3)).toBe('');
  });

  it('shows the DevTools capture\'s count while DevTools is open, and its own again once it closes', async () => {
    navigate(3);
    respond(3, 500);
    const devtools = connect();
    devtools.send({ type: 'server-error-count', tabId: 3, count: 7 });
    respond(3, 500);
    await settle();
    expect(await badge(3)).toBe('7');
    devtools.close();
    await settle();
    expect(await badge(3)).toBe('2');
  });

  it('continues the count a stopped worker left on the badge, instead of starting again at 1', async () => {
    navigate(3);
    respond(3, 500);
    respond(3, 500);
    await settle();
    resetFakeAccess();
    access.granted = true;
    startBackground(); // Chrome stopped the idle worker; a webRequest event starts a fresh one
    respond(3, 502);
    await settle();
    expect(await badge(3)).toBe('3');
  });
});
