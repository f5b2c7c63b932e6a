// Decides what each tab's toolbar badge says. Two sources count server errors: an open DevTools
// page (the capture the panel shows, sent over its port) and, when the user opted in, the
// background's own count from webRequest events. A tab with DevTools open shows its capture's
// count, the one the panel explains; other tabs show the background's count, or nothing.
import { countFromBadgeText } from '../core/badge/badge-text';
import { TabErrorTally } from '../core/badge/tab-error-tally';

export interface BadgeDisplay {
  show(tabId: number, count: number): Promise<void>;
  /** The text the tab's badge shows now ('' when none). */
  shownText(tabId: number): Promise<string>;
}

export class BadgeKeeper {
  readonly #display: BadgeDisplay;
  /** The last count of each open DevTools page, by its connection. */
  readonly #devtools = new Map<object, { tabId: number; count: number }>();
  readonly #tally = new TabErrorTally();
  #countsAllTabs = false;
  /**
   * webRequest events are handled one after another: resuming a tab's count reads its badge first,
   * and a second event for that tab must wait for the first to have counted.
   */
  #queue: Promise<void> = Promise.resolve();

  constructor(display: BadgeDisplay) {
    this.#display = display;
  }

  get countsAllTabs(): boolean {
    return this.#countsAllTabs;
  }

  devtoolsCounted(connection: object, tabId: number, count: number): void {
    this.#devtools.set(connection, { tabId, count });
    void this.#display.show(tabId, count);
  }

  devtoolsClosed(connection: object): void {
    const last = this.#devtools.get(connection);
    this.#devtools.delete(connection);
    if (last) this.#reshow(last.tabId);
  }

  /** Firefox resets a tab's badge when the tab navigates; what it said is shown again. */
  tabUpdated(tabId: number): void {
    if (this.#devtoolsCount(tabId) !== undefined || this.#tally.has(tabId)) this.#reshow(tabId);
  }

  tabRemoved(tabId: number): void {
    this.#tally.forget(tabId);
  }

  setCountsAllTabs(on: boolean): void {
    if (on === this.#countsAllTabs) return;
    this.#countsAllTabs = on;
    if (on) return;
    const counted = this.#tally.tabs();
    this.#tally.clear();
    for (const tabId of counted) this.#reshow(tabId);
  }

  navigationStarted(tabId: number): void {
    this.#enqueue(() => {
      this.#tally.navigated(tabId);
      this.#reshow(tabId);
    });
  }

  responseCompleted(tabId: number, status: number): void {
    this.#enqueue(async () => {
      // A service worker that Chrome stopped and started again has lost its counts; the badge kept it.
      if (!this.#tally.has(tabId)) this.#tally.resume(tabId, countFromBadgeText(await this.#display.shownText(tabId)));
      if (this.#tally.completed(tabId, status) !== undefined) this.#reshow(tabId);
    });
  }

  /** Resolves once every event so far has been counted and shown (for tests). */
  settled(): Promise<void> {
    return this.#queue;
  }

  #enqueue(step: () => void | Promise<void>): void {
    if (!this.#countsAllTabs) return;
    this.#queue = this.#queue.then(step).catch(() => {
      // The tab closed while its badge was read: nothing to count there.
    });
  }

  #devtoolsCount(tabId: number): number | undefined {
    let count: number | undefined;
    for (const last of this.#devtools.values()) if (last.tabId === tabId) count = last.count;
    return count;
  }

  #reshow(tabId: number): void {
    const count = this.#devtoolsCount(tabId) ?? (this.#countsAllTabs ? this.#tally.count(tabId) : 0);
    void this.#display.show(tabId, count);
  }
}
