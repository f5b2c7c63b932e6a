// The capture of one inspected tab: every finished request once, in arrival order, with its body and
// analysis once known. It lives in the DevTools page; the panel and the badge only mirror it.
import type { CapturedEntry, ResponseBody } from '../capture/captured-entry';
import { isServerError } from '../status/status-class';
import { isPageDocument, startedAt } from './page-document';

/** Bodies beyond this many characters in total are dropped oldest first (their analysis stays). */
export const MAX_RETAINED_BODY_CHARS = 200 * 1024 * 1024;

export interface StoredEntry<Analysis> {
  entry: CapturedEntry;
  body?: ResponseBody;
  analysis?: Analysis;
}

export type StoreChange<Analysis> =
  | { kind: 'added'; stored: StoredEntry<Analysis> }
  | { kind: 'analysed'; stored: StoredEntry<Analysis> }
  | { kind: 'reset' };

type Listener<Analysis> = (change: StoreChange<Analysis>) => void;

export class CaptureStore<Analysis> {
  preserveLog = false;
  #entries = new Map<string, StoredEntry<Analysis>>();
  #serverErrors = 0;
  #retainedBodyChars = 0;
  #listeners = new Set<Listener<Analysis>>();
  /** When the current page's document request started; a later navigation's document starts after it. */
  #pageStartedAt: number;
  /** The page a navigation went to whose document request has not finished yet. */
  #awaitedPageUrl: string | undefined;

  /** `openedAt`: when capture began; a document that started earlier belongs to an older page. */
  constructor(openedAt: number) {
    this.#pageStartedAt = openedAt;
  }

  get size(): number {
    return this.#entries.size;
  }

  get serverErrorCount(): number {
    return this.#serverErrors;
  }

  list(): StoredEntry<Analysis>[] {
    return [...this.#entries.values()];
  }

  get(id: string): StoredEntry<Analysis> | undefined {
    return this.#entries.get(id);
  }

  /** Adds a finished request; returns undefined when it is already known (backfill overlap). */
  add(entry: CapturedEntry): StoredEntry<Analysis> | undefined {
    if (this.#entries.has(entry.id)) return undefined;
    const stored: StoredEntry<Analysis> = { entry };
    this.#insert(stored);
    this.#emit({ kind: 'added', stored });
    if (this.#awaitedPageUrl !== undefined && isPageDocument(entry, this.#awaitedPageUrl)) this.#pageArrived(entry);
    return stored;
  }

  attachAnalysis(id: string, body: ResponseBody, analysis: Analysis): void {
    const stored = this.#entries.get(id);
    if (!stored) return; // cleared while its body was being read
    stored.body = body;
    stored.analysis = analysis;
    this.#retainedBodyChars += body.text?.length ?? 0;
    this.#dropOldBodiesOverBudget();
    this.#emit({ kind: 'analysed', stored });
  }

  clear(): void {
    this.#startOver([]);
  }

  /**
   * The inspected page navigated to `url`. Like DevTools' Network panel, the list starts over unless
   * Preserve log is on, keeping the new page's document request and what started after it. Chrome
   * reports the navigation before that request has finished; Firefox often after. So the new
   * document is one for `url` that started after the current page's did (a reload has the same URL,
   * so the URL alone would keep the old load), or, when none has arrived yet, the first one to come.
   */
  navigated(url: string): void {
    const entries = [...this.#entries.values()];
    const newDocument = entries.findLast(
      ({ entry }) => isPageDocument(entry, url) && startedAt(entry) > this.#pageStartedAt,
    )?.entry;
    this.#awaitedPageUrl = newDocument ? undefined : url;
    if (newDocument) this.#pageStartedAt = startedAt(newDocument);
    if (this.preserveLog) return;
    this.#startOver(newDocument ? this.#startedSincePage(entries) : []);
  }

  /** The awaited document came: requests of the old page that finished after the navigation go. */
  #pageArrived(document: CapturedEntry): void {
    this.#awaitedPageUrl = undefined;
    this.#pageStartedAt = startedAt(document);
    if (this.preserveLog) return;
    const entries = [...this.#entries.values()];
    const kept = this.#startedSincePage(entries);
    if (kept.length < entries.length) this.#startOver(kept);
  }

  #startedSincePage(entries: StoredEntry<Analysis>[]): StoredEntry<Analysis>[] {
    // An entry with no usable start time cannot be placed before the page, so it is kept.
    return entries.filter(({ entry }) => !(startedAt(entry) < this.#pageStartedAt));
  }

  subscribe(listener: Listener<Analysis>): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Replaces the contents with `kept` and tells listeners once, with a reset. */
  #startOver(kept: StoredEntry<Analysis>[]): void {
    this.#entries.clear();
    this.#serverErrors = 0;
    this.#retainedBodyChars = 0;
    for (const stored of kept) this.#insert(stored);
    this.#emit({ kind: 'reset' });
  }

  #insert(stored: StoredEntry<Analysis>): void {
    this.#entries.set(stored.entry.id, stored);
    // Our own retries and imported files are not the page's failures.
    if (isServerError(stored.entry.status) && !stored.entry.retryOf && !stored.entry.importedFrom) this.#serverErrors++;
    this.#retainedBodyChars += stored.body?.text?.length ?? 0;
  }

  #dropOldBodiesOverBudget(): void {
    for (const stored of this.#entries.values()) {
      if (this.#retainedBodyChars <= MAX_RETAINED_BODY_CHARS) return;
      if (!stored.body?.text) continue;
      this.#retainedBodyChars -= stored.body.text.length;
      stored.body = undefined;
    }
  }

  #emit(change: StoreChange<Analysis>): void {
    for (const listener of this.#listeners) listener(change);
  }
}
