// Runs the per-response analysis off the DevTools window's main thread: the DevTools page and our
// panel share that thread, and ranking a 2 MB debug page takes long enough to stall scrolling.
import { analyzeEntry } from '@/core/analysis/entry-analysis';
import type { AnalysisReply, AnalysisRequest } from './analysis-client';

self.onmessage = ({ data }: MessageEvent<AnalysisRequest>) => {
  const reply: AnalysisReply = { jobId: data.jobId, analysis: analyzeEntry(data.entry, data.body) };
  self.postMessage(reply);
};
