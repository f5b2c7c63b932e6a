// webRequest events of every tab, for the opt-in all-tabs badge. The API exists only once the user
// granted its optional permission, and Chrome wakes a stopped service worker only for listeners
// added while it started, so the background calls this at once when the API is there.
import { browser, type Browser } from 'wxt/browser';

export interface ResponseWatcher {
  navigationStarted(tabId: number): void;
  responseCompleted(tabId: number, status: number): void;
}

const ALL_URLS: Browser.webRequest.RequestFilter = { urls: ['<all_urls>'] };

export function isWebRequestGranted(): boolean {
  return browser.webRequest !== undefined;
}

/** Returns a function that stops watching. */
export function watchResponses(watcher: ResponseWatcher): () => void {
  const started = (details: Browser.webRequest.OnBeforeRequestDetails) => {
    watcher.navigationStarted(details.tabId);
    return undefined;
  };
  const completed = (details: Browser.webRequest.OnCompletedDetails) => watcher.responseCompleted(details.tabId, details.statusCode);
  const { onBeforeRequest, onCompleted } = browser.webRequest;
  onBeforeRequest.addListener(started, { ...ALL_URLS, types: ['main_frame'] });
  onCompleted.addListener(completed, ALL_URLS);
  return () => {
    onBeforeRequest.removeListener(started);
    onCompleted.removeListener(completed);
  };
}
