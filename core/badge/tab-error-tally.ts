// The count of server errors per tab when the opt-in "all tabs" mode counts from webRequest events,
// with DevTools closed: each tab's count starts again at its next top-level navigation, as the
// Network panel's log does without "Preserve log".
import { isServerError } from '../status/status-class';

/** webRequest's tab id for requests that belong to no tab (service workers, the browser itself). */
const NO_TAB = -1;

export class TabErrorTally {
  readonly #counts = new Map<number, number>();

  /** A top-level document started loading in the tab: what was counted belonged to the page before. */
  navigated(tabId: number): void {
    this.#counts.set(tabId, 0);
  }

  /** Returns the tab's new count when the response was a server error, else undefined. */
  completed(tabId: number, status: number): number | undefined {
    if (tabId === NO_TAB || !isServerError(status)) return undefined;
    const count = (this.#counts.get(tabId) ?? 0) + 1;
    this.#counts.set(tabId, count);
    return count;
  }

  has(tabId: number): boolean {
    return this.#counts.has(tabId);
  }

  count(tabId: number): number {
    return this.#counts.get(tabId) ?? 0;
  }

  /** Continues a count kept elsewhere (a restarted service worker reads it back from the badge). */
  resume(tabId: number, count: number): void {
    if (!this.#counts.has(tabId)) this.#counts.set(tabId, count);
  }

  forget(tabId: number): void {
    this.#counts.delete(tabId);
  }

  tabs(): number[] {
    return [...this.#counts.keys()];
  }

  clear(): void {
    this.#counts.clear();
  }
}
