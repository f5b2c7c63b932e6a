// The DevTools page's side of the analysis worker: one promise per response.
import type { EntryAnalysis } from '@/core/analysis/entry-analysis';
import type { CapturedEntry, ResponseBody } from '@/core/capture/captured-entry';

export interface AnalysisRequest {
  jobId: number;
  entry: CapturedEntry;
  body: ResponseBody;
}

export interface AnalysisReply {
  jobId: number;
  analysis: EntryAnalysis;
}

export function startAnalysisWorker(signal: AbortSignal): (entry: CapturedEntry, body: ResponseBody) => Promise<EntryAnalysis> {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  signal.addEventListener('abort', () => worker.terminate());
  const pending = new Map<number, (analysis: EntryAnalysis) => void>();
  let nextJobId = 0;
  worker.onmessage = ({ data }: MessageEvent<AnalysisReply>) => {
    pending.get(data.jobId)?.(data.analysis);
    pending.delete(data.jobId);
  };
  return (entry, body) =>
    new Promise((resolve) => {
      const jobId = nextJobId++;
      pending.set(jobId, resolve);
      const request: AnalysisRequest = { jobId, entry, body };
      worker.postMessage(request);
    });
}
