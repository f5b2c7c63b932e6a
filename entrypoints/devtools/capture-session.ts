// Wires the capture of one inspected tab: DevTools network events → CaptureStore → panel channel
// and toolbar badge. Runs in the DevTools page, which lives as long as DevTools is open, so nothing
// is lost before the panel is first shown.
import { browser } from 'wxt/browser';
import { finishedSoFar, onNavigated, onRequestFinished, type FinishedRequest } from '@/adapters/devtools-network';
import { worstSeverity, type EntryAnalysis } from '@/core/analysis/entry-analysis';
import type { CapturedEntry, ResponseBody } from '@/core/capture/captured-entry';
import { decodeBody, isBodyWorthReading } from '@/core/capture/decode-body';
import { diagnoseCapture } from '@/core/diagnosis/diagnose-capture';
import { toCapturedEntry } from '@/core/har/to-captured-entry';
import { CaptureStore, type StoredEntry } from '@/core/store/capture-store';
import type { EntryRow, PanelToDevtools, ToBackground } from '@/messaging/protocol';
import { openDevtoolsSide } from '@/messaging/tab-channel';
import { startAnalysisWorker } from './analysis-client';

/** Row updates are batched so a page firing hundreds of requests sends a few messages, not hundreds. */
const ROW_BATCH_MS = 50;
/** The site-wide diagnosis looks at the whole capture, so it is redone at most this often. */
const DIAGNOSIS_DELAY_MS = 250;
const PRESERVE_LOG_KEY = 'server-error-lens.preserve-log';

export function startCaptureSession(tabId: number, signal: AbortSignal): void {
  const store = new CaptureStore<EntryAnalysis>();
  const analyze = startAnalysisWorker(signal);
  store.preserveLog = localStorage.getItem(PRESERVE_LOG_KEY) === 'true';
  const channel = openDevtoolsSide(tabId, handlePanelMessage);
  signal.addEventListener('abort', () => channel.close());

  // Kept so a body dropped by the store's memory budget can be read from DevTools again.
  const bodyReaders = new Map<string, FinishedRequest['readBody']>();
  // Details the panel asked for before the body was analysed; answered once it is.
  const awaitedDetails = new Set<string>();

  let pendingRows = new Map<string, EntryRow>();
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let reportedCount = -1;

  function sendReset(): void {
    pendingRows.clear();
    channel.send({ type: 'reset', rows: store.list().map(toRow), preserveLog: store.preserveLog });
  }

  function queueRow(stored: StoredEntry<EntryAnalysis>): void {
    pendingRows.set(stored.entry.id, toRow(stored));
    flushTimer ??= setTimeout(() => {
      flushTimer = undefined;
      const rows = [...pendingRows.values()];
      pendingRows = new Map();
      if (rows.length) channel.send({ type: 'rows', rows });
    }, ROW_BATCH_MS);
  }

  let diagnosisTimer: ReturnType<typeof setTimeout> | undefined;
  function queueDiagnosis(): void {
    diagnosisTimer ??= setTimeout(() => {
      diagnosisTimer = undefined;
      const entries = store.list().map(({ entry, body, analysis }) => ({ ...entry, body: body?.text, tier: analysis?.tier }));
      channel.send({ type: 'diagnosis', diagnosis: diagnoseCapture(entries) });
    }, DIAGNOSIS_DELAY_MS);
  }

  function reportCount(): void {
    if (store.serverErrorCount === reportedCount) return;
    reportedCount = store.serverErrorCount;
    const message: ToBackground = { type: 'server-error-count', tabId, count: reportedCount };
    // The background may be asleep or restarting; the next change sends the count again.
    browser.runtime.sendMessage(message).catch(() => {});
  }

  store.subscribe((change) => {
    if (change.kind === 'reset') {
      for (const id of bodyReaders.keys()) if (!store.get(id)) bodyReaders.delete(id);
      awaitedDetails.clear();
      sendReset();
      queueDiagnosis();
    } else {
      queueRow(change.stored);
      if (change.kind === 'analysed' && awaitedDetails.delete(change.stored.entry.id)) {
        void sendDetail(change.stored.entry.id);
      }
      queueDiagnosis();
    }
    reportCount();
  });

  async function readBody(entry: CapturedEntry): Promise<ResponseBody> {
    const reader = bodyReaders.get(entry.id);
    const { content, encoding } =
      reader && isBodyWorthReading(entry.status, entry.mimeType)
        ? await reader()
        : { content: undefined, encoding: undefined };
    return decodeBody(content, encoding, entry.mimeType);
  }

  function ingest(request: FinishedRequest): void {
    const stored = store.add(toCapturedEntry(request.har));
    if (!stored) return;
    const { entry } = stored;
    bodyReaders.set(entry.id, request.readBody);
    void readBody(entry)
      // DevTools may no longer hold the body (navigated away); the entry stays, without one.
      .catch(() => decodeBody(undefined, undefined, entry.mimeType))
      .then(async (body) => store.attachAnalysis(entry.id, body, await analyze(entry, body)));
  }

  async function sendDetail(id: string): Promise<void> {
    const stored = store.get(id);
    if (stored && !stored.analysis) {
      awaitedDetails.add(id);
      return;
    }
    const body = stored && !stored.body ? await readBody(stored.entry).catch(() => undefined) : stored?.body;
    channel.send({ type: 'detail', detail: { id, body, analysis: stored?.analysis } });
  }

  function handlePanelMessage(message: PanelToDevtools): void {
    switch (message.type) {
      case 'hello':
        sendReset();
        queueDiagnosis();
        return;
      case 'clear':
        store.clear();
        return;
      case 'set-preserve-log':
        store.preserveLog = message.value;
        localStorage.setItem(PRESERVE_LOG_KEY, String(message.value));
        return;
      case 'get-detail':
        void sendDetail(message.id);
        return;
    }
  }

  onRequestFinished(ingest, signal);
  onNavigated((url) => store.navigated(url), signal);
  void finishedSoFar().then((requests) => requests.forEach(ingest));
  reportCount();
}

function toRow({ entry, analysis }: StoredEntry<EntryAnalysis>): EntryRow {
  if (!analysis) return { entry };
  return { entry, leakCount: analysis.leaks.findings.length, worstLeakSeverity: worstSeverity(analysis.leaks) };
}
