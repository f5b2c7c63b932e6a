// The one place that knows how Chrome and Firefox differ in devtools.network: Chrome's getContent
// takes a callback and reports (content, encoding), or through webextension-polyfill returns a
// promise of [content, encoding]; Firefox's reports (content, mimeType) to the callback or as a
// promise of [content, mimeType], and leaves the encoding only on the HAR entry.
// Everything past this file sees FinishedRequest only.
import { browser } from 'wxt/browser';
import type { Entry } from 'har-format';
import type { FinishedRequest, RawBody } from '@/core/capture/finished-request';
import type { NetworkEvents } from '@/session/capture-session';

interface NativeRequest extends Entry {
  getContent?(callback?: (content: string, encoding: string) => void): Promise<unknown> | void;
}

export function toFinishedRequest(request: NativeRequest): FinishedRequest {
  return { har: request, readBody: () => readNativeBody(request) };
}

function readNativeBody(request: NativeRequest): Promise<RawBody> {
  const inline = request.response.content;
  const getContent = request.getContent?.bind(request);
  if (!getContent) {
    return Promise.resolve({ content: inline?.text, encoding: inline?.encoding });
  }
  return new Promise((resolve) => {
    const settle = (content: unknown, encoding: unknown) =>
      resolve({
        content: typeof content === 'string' ? content : undefined,
        // Firefox puts the MIME type second and sends binary bodies as base64 all the same, saying
        // so only in the entry's response.content.encoding (seen in Firefox ESR 153).
        encoding: encoding === 'base64' || inline?.encoding === 'base64' ? 'base64' : undefined,
      });
    try {
      let returned: unknown;
      try {
        returned = getContent(settle);
      } catch {
        // webextension-polyfill, which Chrome gets when it has no native `browser` namespace
        // (seen in Chromium 150), wraps getContent to throw when given a callback.
        returned = getContent();
        // Without a callback, only a promise can answer.
        if (!isPromise(returned)) settle(undefined, undefined);
      }
      if (isPromise(returned)) {
        returned.then(
          (result) => (Array.isArray(result) ? settle(result[0], result[1]) : settle(result, undefined)),
          () => settle(undefined, undefined),
        );
      }
    } catch {
      settle(undefined, undefined);
    }
  });
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as Promise<unknown> | undefined)?.then === 'function';
}

/** The inspected tab's network events, for the capture session (session/capture-session.ts). */
export function devtoolsNetworkEvents(): NetworkEvents {
  return {
    onRequestFinished: (listener) =>
      browser.devtools.network.onRequestFinished.addListener((request: unknown) => listener(toFinishedRequest(request as NativeRequest))),
    onNavigated: (listener) => browser.devtools.network.onNavigated.addListener(listener),
    finishedSoFar,
  };
}

async function finishedSoFar(): Promise<FinishedRequest[]> {
  try {
    const har = (await browser.devtools.network.getHAR()) as unknown as { entries?: NativeRequest[] };
    return (har.entries ?? []).map(toFinishedRequest);
  } catch {
    return [];
  }
}

export function inspectedTabId(): number {
  return browser.devtools.inspectedWindow.tabId;
}

export type DevtoolsTheme = 'dark' | 'light';

/** Firefox says 'light' or 'dark'; Chrome says 'default' for light. */
function toDevtoolsTheme(themeName: string | undefined): DevtoolsTheme {
  return themeName === 'dark' ? 'dark' : 'light';
}

/** 'dark' or 'light', from the DevTools theme. */
export function devtoolsTheme(): DevtoolsTheme {
  return toDevtoolsTheme(browser.devtools.panels.themeName);
}

/** Firefox-only, so missing from WXT's browser types, which follow Chrome's. */
interface ThemeChangedEvent {
  addListener(listener: (themeName: string) => void): void;
  removeListener(listener: (themeName: string) => void): void;
}

/**
 * Calls `listener` when the user switches the DevTools theme while the panel is open. Firefox fires
 * devtools.panels.onThemeChanged (its 'auto' setting arrives already resolved to 'light' or 'dark');
 * Chrome has no such event, so there this subscribes to nothing.
 */
export function onDevtoolsThemeChanged(listener: (theme: DevtoolsTheme) => void, signal: AbortSignal): void {
  const event = (browser.devtools.panels as { onThemeChanged?: ThemeChangedEvent }).onThemeChanged;
  if (!event) return;
  const native = (themeName: string) => listener(toDevtoolsTheme(themeName));
  event.addListener(native);
  signal.addEventListener('abort', () => event.removeListener(native));
}
