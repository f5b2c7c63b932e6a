// The DevTools page's side of the analysis worker: one promise per response, and every promise
// settles. A worker that throws, fails to load, stops answering or is terminated fails the jobs it
// holds (the entries say so) and is replaced by a new one for the next jobs.
import type { EntryAnalysis } from '../core/analysis/entry-analysis';
import type { CapturedEntry, ResponseBody } from '../core/capture/captured-entry';

/** No analysis takes this long (a 2 MB debug page takes tens of milliseconds): the worker is stuck. */
export const ANALYSIS_TIMEOUT_MS = 30_000;

export interface AnalysisRequest {
  jobId: number;
  entry: CapturedEntry;
  body: ResponseBody;
}

export type AnalysisReply = { jobId: number; analysis: EntryAnalysis } | { jobId: number; error: string };

/** What we use of a Worker, so tests can hand in a fake one. */
export interface AnalysisWorker {
  onmessage: ((event: { data: AnalysisReply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  onmessageerror: (() => void) | null;
  postMessage(request: AnalysisRequest): void;
  terminate(): void;
}

interface PendingJob {
  resolve(analysis: EntryAnalysis): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

export function createWorkerAnalyser(
  createWorker: () => AnalysisWorker,
  timeoutMs = ANALYSIS_TIMEOUT_MS,
): (entry: CapturedEntry, body: ResponseBody) => Promise<EntryAnalysis> {
  let worker: AnalysisWorker | undefined;
  const pending = new Map<number, PendingJob>();
  let nextJobId = 0;

  function settle(jobId: number): PendingJob | undefined {
    const job = pending.get(jobId);
    if (!job) return undefined;
    pending.delete(jobId);
    clearTimeout(job.timer);
    return job;
  }

  /** Fails every job the worker holds and drops it; the next job starts a fresh one. */
  function replaceWorker(reason: string): void {
    worker?.terminate();
    worker = undefined;
    for (const jobId of [...pending.keys()]) settle(jobId)!.reject(new Error(reason));
  }

  function startWorker(): AnalysisWorker {
    const started = createWorker();
    started.onmessage = ({ data }) => {
      const job = settle(data.jobId);
      if (!job) return;
      if ('error' in data) job.reject(new Error(`the analysis failed (${data.error})`));
      else job.resolve(data.analysis);
    };
    started.onerror = (event) => replaceWorker(`the analysis worker failed${event.message ? ` (${event.message})` : ''}`);
    started.onmessageerror = () => replaceWorker('the analysis worker sent an unreadable answer');
    return started;
  }

  return (entry, body) =>
    new Promise((resolve, reject) => {
      const jobId = nextJobId++;
      const timer = setTimeout(
        () => replaceWorker(`the analysis worker did not answer within ${timeoutMs / 1000} s`),
        timeoutMs,
      );
      pending.set(jobId, { resolve, reject, timer });
      worker ??= startWorker();
      try {
        worker.postMessage({ jobId, entry, body });
      } catch (error) {
        settle(jobId)?.reject(new Error(`the response could not be sent to the analysis worker (${String(error)})`));
      }
    });
}
