// Runs the per-response analysis off the DevTools window's main thread: the DevTools page and our
// panel share that thread, and ranking a 2 MB debug page takes long enough to stall scrolling.
import { analyzeEntry } from '@/core/analysis/entry-analysis';
import type { AnalysisReply, AnalysisRequest } from '@/session/worker-analyser';

self.onmessage = ({ data }: MessageEvent<AnalysisRequest>) => {
  let reply: AnalysisReply;
  try {
    reply = { jobId: data.jobId, analysis: analyzeEntry(data.entry, data.body) };
  } catch (error) {
    reply = { jobId: data.jobId, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
