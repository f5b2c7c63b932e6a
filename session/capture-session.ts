// The capture of one inspected tab, orchestrated: DevTools network events → CaptureStore → panel
// channel and toolbar badge, with every collaborator injected so unit tests drive it as the
// browsers do (entrypoints/devtools/main.ts wires the real ones). It lives in the DevTools page,
// which lives as long as DevTools is open, so nothing is lost before the panel is first shown.
import { worstSeverity, type EntryAnalysis } from '../core/analysis/entry-analysis';
import type { Entry } from 'har-format';
import type { CapturedEntry, ResponseBody } from '../core/capture/captured-entry';
import { decodeBody, isBodyWorthReading } from '../core/capture/decode-body';
import { bodySourceOf } from '../core/capture/stated-body-size';
import { EntryIdentities, type EntrySource } from '../core/capture/entry-identity';
import type { FinishedRequest } from '../core/capture/finished-request';
import { CaptureDiagnoser } from '../core/diagnosis/diagnose-capture';
import { exportHar } from '../core/export/capture-to-har';
import { captureJsonReport } from '../core/report/capture-report';
import { searchBodies } from '../core/filter/body-search';
import { freeTextTerms } from '../core/filter/request-filter';
import { readHarBody } from '../core/har/scan-har';
import { ZipArchive } from '../core/har/zip-archive';
import { MAX_SIDE_FILE_BYTES } from '../core/capture/body-limits';
import { toCapturedEntry } from '../core/har/to-captured-entry';
import { CaptureStore, type StoredEntry } from '../core/store/capture-store';
import { DEFAULT_TRIES, MAX_TRIES, type PageRequest } from '../core/retry/retry-plan';
import type { RetryState } from '../core/retry/retry-outcome';
import type { DevtoolsToPanel, EntryRow, PanelToDevtools } from '../messaging/protocol';
import { RetryRunner } from './retry-runner';
import type { TaskScheduler } from './task-scheduler';

export interface NetworkEvents {
  onRequestFinished(listener: (request: FinishedRequest) => void): void;
  onNavigated(listener: (url: string) => void): void;
  /** Requests that finished before we listened (DevTools was open already, or we loaded late). */
  finishedSoFar(): Promise<FinishedRequest[]>;
}

export interface CaptureSessionDeps {
  network: NetworkEvents;
  /** Analyses one response off the main thread; rejects when the analysis could not be done. */
  analyse(entry: CapturedEntry, body: ResponseBody): Promise<EntryAnalysis>;
  panel: { send(message: DevtoolsToPanel): void };
  /** Shows the count on the tab's toolbar badge; called again whenever it may have been reset. */
  badge: { show(count: number): void };
  scheduler: TaskScheduler;
  preserveLog: { load(): boolean; save(value: boolean): void };
  /** Starts a request from the inspected page (for Retry); rejects when the page could not. */
  inspectedPage: { send(request: PageRequest): Promise<void> };
  /** Written into exported HARs as the creator's version. */
  extensionVersion: string;
}

export interface CaptureSession {
  handlePanelMessage(message: PanelToDevtools): void;
}

export function startCaptureSession(deps: CaptureSessionDeps): CaptureSession {
  const { network, panel, badge, scheduler } = deps;
  const store = new CaptureStore<EntryAnalysis>(scheduler.now());
  store.preserveLog = deps.preserveLog.load();
  const identities = new EntryIdentities();
  const diagnoser = new CaptureDiagnoser();
  const retries = new RetryRunner({
    sendFromPage: (request) => deps.inspectedPage.send(request),
    after: (ms, task) => scheduler.after(ms, task),
    changed: (id) => {
      const stored = store.get(id);
      if (!stored) return;
      pendingRows.set(id, rowOf(stored));
      queueFlush();
    },
  });

  // Kept so a body dropped by the store's memory budget can be read from DevTools again.
  const bodyReaders = new Map<string, FinishedRequest['readBody']>();
  // An opened HAR's entries, read as the command line reads them (compressed bodies, odd fields).
  const importedEntries = new Map<string, { har: Entry; archive?: Blob }>();
  // Details the panel asked for before the body was analysed; answered once it is.
  const awaitedDetails = new Set<string>();

  const rowOf = (stored: StoredEntry<EntryAnalysis>) => toRow(stored, retries.stateOf(stored.entry.id));
  let pendingRows = new Map<string, EntryRow>();
  let flushQueued = false;
  let shownCount = -1;
  let diagnosisStale = false;
  let firstNavigationAt: number | undefined;

  function sendReset(): void {
    pendingRows.clear();
    panel.send({ type: 'reset', rows: store.list().map(rowOf), preserveLog: store.preserveLog });
  }

  /** Row changes of one burst of events go out together, as soon as the burst is over. */
  function queueFlush(): void {
    if (flushQueued) return;
    flushQueued = true;
    scheduler.soon(flush);
  }

  function flush(): void {
    flushQueued = false;
    const rows = [...pendingRows.values()];
    pendingRows = new Map();
    if (rows.length) panel.send({ type: 'rows', rows });
    showCount();
    // In Chrome the panel shares our thread: the diagnosis, its message and the banner it redraws
    // come in a task of their own, so the panel draws the rows first. Not behind a timer: Chrome
    // fires the hidden DevTools page's timers up to a second late, and an incremental diagnosis
    // costs well under a millisecond.
    if (diagnosisStale) scheduler.soon(() => diagnosisStale && sendDiagnosis());
  }

  function showCount(force = false): void {
    if (!force && store.serverErrorCount === shownCount) return;
    shownCount = store.serverErrorCount;
    badge.show(shownCount);
  }

  function sendDiagnosis(): void {
    diagnosisStale = false;
    panel.send({ type: 'diagnosis', diagnosis: diagnoser.diagnosis() });
  }

  function tallyForDiagnosis(stored: StoredEntry<EntryAnalysis>): void {
    const { entry, body, analysis } = stored;
    // The diagnosis is of the tab's own traffic.
    if (entry.retryOf || entry.importedFrom) return;
    diagnoser.upsert({ ...entry, body: body?.text, tier: analysis?.tier });
  }

  store.subscribe((change) => {
    diagnosisStale = true;
    if (change.kind === 'reset') {
      for (const id of bodyReaders.keys()) if (!store.get(id)) bodyReaders.delete(id);
      for (const id of importedEntries.keys()) if (!store.get(id)) importedEntries.delete(id);
      awaitedDetails.clear();
      diagnoser.clear();
      for (const stored of store.list()) tallyForDiagnosis(stored);
      retries.forgetAllBut(new Set(store.list().map(({ entry }) => entry.id)));
      sendReset();
    } else {
      tallyForDiagnosis(change.stored);
      pendingRows.set(change.stored.entry.id, rowOf(change.stored));
      if (change.kind === 'analysed' && awaitedDetails.delete(change.stored.entry.id)) sendDetail(change.stored.entry.id);
    }
    queueFlush();
  });

  /** `anyBody`: also bodies the capture does not scan (images, fonts…), for the HAR export. */
  async function readBody(entry: CapturedEntry, anyBody = false): Promise<ResponseBody> {
    const source = bodySourceOf(entry);
    const imported = importedEntries.get(entry.id);
    if (imported) {
      const { archive } = imported;
      const read = await readHarBody(imported.har, entry, archive && ((name) => openArchive(archive).then((zip) => zip.sideFile(name, MAX_SIDE_FILE_BYTES))));
      return 'body' in read ? read.body : { ...decodeBody(undefined, undefined, source), notScanned: read.notScanned };
    }
    const reader = bodyReaders.get(entry.id);
    if (!reader || !(anyBody || isBodyWorthReading(entry.status, entry.mimeType))) return decodeBody(undefined, undefined, source);
    const { content, encoding } = await reader();
    // No content for a body the browser says had bytes is a body it lost (Chrome keeps at most
    // 10 MB of one): an empty text makes decodeBody say how many bytes are missing.
    const lost = content == null && (entry.contentSize ?? 0) > 0;
    return decodeBody(lost ? '' : content, encoding, source);
  }

  /** Each zip's directory, read once per copy of it: every batch message brings its own copy of the File. */
  const archives = new WeakMap<Blob, Promise<ZipArchive>>();
  function openArchive(archive: Blob): Promise<ZipArchive> {
    let opened = archives.get(archive);
    if (!opened) archives.set(archive, (opened = ZipArchive.open(archive)));
    return opened;
  }

  let importedCount = 0;
  function importEntry(har: Entry, fileName: string, archive?: Blob): void {
    importedCount += 1;
    const entry = { ...toCapturedEntry(har, `import:${importedCount}`), importedFrom: fileName };
    if (!store.add(entry)) return;
    importedEntries.set(entry.id, { har, archive });
    analyseWithBody(entry);
  }

  function ingest(request: FinishedRequest, source: EntrySource): void {
    const captured = toCapturedEntry(request.har, identities.idFor(request.har, source));
    // Only live events can be our tries: the backfill holds what finished before we listened.
    const retryOf = source === 'live' ? retries.claim(captured.method, captured.url, captured.status, captured.time) : undefined;
    const stored = store.add(retryOf ? { ...captured, retryOf } : captured);
    if (!stored) return;
    bodyReaders.set(stored.entry.id, request.readBody);
    analyseWithBody(stored.entry);
  }

  function analyseWithBody(entry: CapturedEntry): void {
    void readBody(entry)
      // DevTools may no longer hold the body (navigated away); the entry stays, without one.
      .catch(() => decodeBody(undefined, undefined, bodySourceOf(entry)))
      .then(async (body) => store.attachAnalysis(entry.id, body, await analyseOrSayWhyNot(entry, body)));
  }

  async function analyseOrSayWhyNot(entry: CapturedEntry, body: ResponseBody): Promise<EntryAnalysis> {
    try {
      return await deps.analyse(entry, body);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { leaks: { findings: [], partial: true }, fixes: [], causes: [], failure: `This response was not analysed: ${reason}.` };
    }
  }

  function sendDetail(id: string): void {
    const stored = store.get(id);
    if (stored && !stored.analysis) {
      awaitedDetails.add(id);
      return;
    }
    const send = (body: ResponseBody | undefined) => panel.send({ type: 'detail', detail: { id, body, analysis: stored?.analysis } });
    if (!stored || stored.body) return send(stored?.body);
    void readBody(stored.entry).then(send, () => send(undefined));
  }

  /** The capture as a HAR file, with every body DevTools still holds (the store keeps only some). */
  async function captureAsHar(includeCredentials: boolean, dropBodies: boolean) {
    const entries = await Promise.all(
      store.list().map(async ({ entry, body }) => ({
        entry,
        body: body?.text != null || dropBodies ? body : await readBody(entry, true).catch(() => body),
      })),
    );
    return exportHar(entries, { includeCredentials, dropBodies, creatorVersion: deps.extensionVersion });
  }

  async function exportCapture(includeCredentials: boolean, dropBodies: boolean): Promise<void> {
    panel.send({ type: 'har-export', ...(await captureAsHar(includeCredentials, dropBodies)) });
  }

  /** Scanned from the HAR with its credentials, so no secret escapes the scan; the report masks them. */
  async function exportReport(includeCredentials: boolean): Promise<void> {
    const har = await captureAsHar(true, false);
    panel.send({ type: 'report-export', ...(await captureJsonReport(har.text, { includeCredentials })) });
  }

  network.onRequestFinished((request) => ingest(request, 'live'));
  network.onNavigated((url) => {
    firstNavigationAt ??= scheduler.now();
    store.navigated(url);
    // Firefox clears a tab's badge when it navigates, even when the count stays the same.
    showCount(true);
  });
  void network.finishedSoFar().then((requests) => {
    for (const request of requests) {
      // The backfill was asked for before a navigation it answers after: the old page's part goes.
      const replaced = firstNavigationAt !== undefined && !store.preserveLog && Date.parse(request.har.startedDateTime) < firstNavigationAt;
      if (!replaced) ingest(request, 'backfill');
    }
  });
  showCount(true);

  return {
    handlePanelMessage(message) {
      switch (message.type) {
        case 'hello':
          sendReset();
          sendDiagnosis();
          return;
        case 'clear':
          store.clear();
          return;
        case 'set-preserve-log':
          store.preserveLog = message.value;
          deps.preserveLog.save(message.value);
          return;
        case 'get-detail':
          sendDetail(message.id);
          return;
        case 'retry': {
          const stored = store.get(message.id);
          const tries = Number.isInteger(message.tries) ? Math.min(Math.max(message.tries, 1), MAX_TRIES) : DEFAULT_TRIES;
          if (stored && !stored.entry.retryOf) retries.start(stored.entry, tries);
          return;
        }
        case 'stop-retry':
          retries.stop(message.id);
          return;
        case 'export-har':
          void exportCapture(message.includeCredentials, message.dropBodies);
          return;
        case 'export-report':
          void exportReport(message.includeCredentials);
          return;
        case 'search-bodies': {
          const bodies = store.list().map(({ entry, body }) => ({ id: entry.id, text: body && !body.notScanned ? body.text : undefined }));
          panel.send({ type: 'body-search', query: message.query, result: searchBodies(freeTextTerms(message.query), bodies) });
          return;
        }
        case 'import-har-entries':
          for (const har of message.entries) importEntry(har, message.fileName, message.archive);
          return;
      }
    },
  };
}

function toRow({ entry, body, analysis }: StoredEntry<EntryAnalysis>, retry: RetryState | undefined): EntryRow {
  if (!analysis) return retry ? { entry, retry } : { entry };
  const notices = [
    body?.damage ? 'body damaged by the browser: only part scanned' : undefined,
    body?.notScanned ? `body not scanned: ${body.notScanned}` : undefined,
    analysis.failure ? 'not analysed' : undefined,
  ];
  const notice = notices.filter(Boolean).join('; ') || undefined;
  const leakCategories = [...new Set(analysis.leaks.findings.map((finding) => finding.category))];
  return {
    entry,
    leakCount: analysis.leaks.findings.length,
    worstLeakSeverity: worstSeverity(analysis.leaks),
    leakCategories,
    ...(notice ? { notice } : {}),
    ...(retry ? { retry } : {}),
  };
}
