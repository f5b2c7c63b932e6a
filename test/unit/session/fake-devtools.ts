// Fakes for the capture session's collaborators, driven the way Chrome and Firefox drive the real
// ones: requests finish one by one or in bursts, navigations come before or after the new document,
// getHAR() answers when the test says so, and the deferred tasks run when the test says so.
import type { Entry } from 'har-format';
import type { EntryAnalysis } from '@/core/analysis/entry-analysis';
import type { FinishedRequest, RawBody } from '@/core/capture/finished-request';
import type { PageRequest } from '@/core/retry/retry-plan';
import type { DevtoolsToPanel, EntryRow } from '@/messaging/protocol';
import { startCaptureSession, type CaptureSessionDeps } from '@/session/capture-session';
import type { TaskScheduler } from '@/session/task-scheduler';

export const T0 = Date.parse('2026-12-01T10:00:00.000Z');

export interface HarOptions {
  url?: string;
  status?: number;
  resourceType?: string;
  /** Milliseconds after T0 the request started. */
  startedAfter?: number;
  mimeType?: string;
}

export function har({ url = 'http://site.test/api', status = 200, resourceType = 'fetch', startedAfter = 0, mimeType = 'text/plain' }: HarOptions = {}): Entry {
  return {
    startedDateTime: new Date(T0 + startedAfter).toISOString(),
    time: 5,
    request: { method: 'GET', url, httpVersion: 'HTTP/1.1', headers: [], cookies: [], queryString: [], headersSize: -1, bodySize: 0 },
    response: { status, statusText: '', httpVersion: 'HTTP/1.1', headers: [], cookies: [], content: { size: -1, mimeType }, redirectURL: '', headersSize: -1, bodySize: -1 },
    cache: {},
    timings: { send: 0, wait: 5, receive: 0 },
    ...(resourceType ? { _resourceType: resourceType } : {}),
  } as Entry;
}

export function finished(entry: Entry, body: RawBody = { content: 'ok', encoding: undefined }): FinishedRequest {
  return { har: entry, readBody: () => Promise.resolve(body) };
}

/** Runs tasks when told; `now` moves only when the test moves it. */
export class ManualScheduler implements TaskScheduler {
  // Capture opens a second before T0: entries of the tests start after it.
  time = T0 - 1000;
  #soon: (() => void)[] = [];
  #timers: { at: number; task: () => void }[] = [];
  soon(task: () => void) {
    this.#soon.push(task);
  }
  after(ms: number, task: () => void) {
    const timer = { at: this.time + ms, task };
    this.#timers.push(timer);
    return () => {
      this.#timers = this.#timers.filter((other) => other !== timer);
    };
  }
  /** Moves the clock on, running the timers that fall due in time order, then the queued tasks. */
  advance(ms: number) {
    const until = this.time + ms;
    for (;;) {
      const due = this.#timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.#timers = this.#timers.filter((timer) => timer !== due);
      this.time = due.at;
      due.task();
      this.runDue();
    }
    this.time = until;
    this.runDue();
  }
  now() {
    return this.time;
  }
  /** Runs the queued tasks, and those they queue. */
  runDue() {
    while (this.#soon.length) this.#soon.shift()!();
  }
}

const STUB_ANALYSIS: EntryAnalysis = { leaks: { findings: [], partial: false }, fixes: [], causes: [] };

export function startFakeSession(overrides: Partial<CaptureSessionDeps> = {}) {
  const finishedListeners: ((request: FinishedRequest) => void)[] = [];
  const navigatedListeners: ((url: string) => void)[] = [];
  let answerBackfill!: (requests: FinishedRequest[]) => void;
  const backfill = new Promise<FinishedRequest[]>((resolve) => (answerBackfill = resolve));
  const scheduler = new ManualScheduler();
  const sent: DevtoolsToPanel[] = [];
  const badgeCounts: number[] = [];
  let preserveLog = false;
  const pageRequests: PageRequest[] = [];
  const session = startCaptureSession({
    network: {
      onRequestFinished: (listener) => finishedListeners.push(listener),
      onNavigated: (listener) => navigatedListeners.push(listener),
      finishedSoFar: () => backfill,
    },
    analyse: () => Promise.resolve(STUB_ANALYSIS),
    panel: { send: (message) => sent.push(structuredClone(message)) },
    badge: { show: (count) => badgeCounts.push(count) },
    scheduler,
    preserveLog: { load: () => preserveLog, save: (value) => (preserveLog = value) },
    inspectedPage: { send: (request) => (pageRequests.push(request), Promise.resolve()) },
    extensionVersion: '0.0.0-test',
    ...overrides,
  });

  /** What the panel shows, rebuilt from every message it was sent (as use-capture-mirror does). */
  function panelRows(): EntryRow[] {
    const rows = new Map<string, EntryRow>();
    for (const message of sent) {
      if (message.type === 'reset') {
        rows.clear();
        for (const row of message.rows) rows.set(row.entry.id, row);
      } else if (message.type === 'rows') {
        for (const row of message.rows) rows.set(row.entry.id, row);
      }
    }
    return [...rows.values()];
  }

  return {
    session,
    scheduler,
    sent,
    badgeCounts,
    panelRows,
    /** Requests the session asked the inspected page to send (Retry). */
    pageRequests,
    finish: (...requests: FinishedRequest[]) => requests.forEach((request) => finishedListeners.forEach((listener) => listener(request))),
    navigate: (url: string) => navigatedListeners.forEach((listener) => listener(url)),
    answerBackfill,
    /** Lets body reads and analyses settle, then runs the deferred tasks. */
    async settle() {
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
      scheduler.runDue();
    },
  };
}
