import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EntryAnalysis } from '@/core/analysis/entry-analysis';
import type { CapturedEntry, ResponseBody } from '@/core/capture/captured-entry';
import { createWorkerAnalyser, type AnalysisReply, type AnalysisRequest, type AnalysisWorker } from '@/session/worker-analyser';

const entry = { id: 'e1' } as CapturedEntry;
const body: ResponseBody = { text: 'boom', truncated: false, byteLength: 4, binary: false };
const analysis: EntryAnalysis = { leaks: { findings: [], partial: false }, fixes: [], causes: [] };

/** A worker that holds its jobs until the test answers, throws or goes silent. */
class FakeWorker implements AnalysisWorker {
  onmessage: ((event: { data: AnalysisReply }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  received: AnalysisRequest[] = [];
  terminated = false;
  postMessage(request: AnalysisRequest) {
    this.received.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  answer(reply: AnalysisReply) {
    this.onmessage?.({ data: reply });
  }
}

let workers: FakeWorker[];
const analyse = (timeoutMs?: number) =>
  createWorkerAnalyser(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  }, timeoutMs);

beforeEach(() => {
  workers = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createWorkerAnalyser', () => {
  it('resolves each job with its own answer', async () => {
    const run = analyse();
    const [first, second] = [run(entry, body), run(entry, body)];
    const [worker] = workers;
    worker!.answer({ jobId: worker!.received[1]!.jobId, analysis: { ...analysis, causes: [] } });
    worker!.answer({ jobId: worker!.received[0]!.jobId, analysis });
    await expect(first).resolves.toBe(analysis);
    await expect(second).resolves.toBeDefined();
  });

  it('rejects the job whose analysis threw inside the worker', async () => {
    const run = analyse();
    const job = run(entry, body);
    workers[0]!.answer({ jobId: 0, error: 'Maximum call stack size exceeded' });
    await expect(job).rejects.toThrow('Maximum call stack size exceeded');
  });

  it('fails every pending job when the worker fails, and starts a new worker for the next', async () => {
    const run = analyse();
    const jobs = [run(entry, body), run(entry, body)];
    workers[0]!.onerror!({ message: 'failed to load' });
    for (const job of jobs) await expect(job).rejects.toThrow('the analysis worker failed (failed to load)');
    expect(workers[0]!.terminated).toBe(true);
    const next = run(entry, body);
    expect(workers).toHaveLength(2);
    workers[1]!.answer({ jobId: workers[1]!.received[0]!.jobId, analysis });
    await expect(next).resolves.toBe(analysis);
  });

  it('gives up on a worker that stops answering (terminated, stuck) and replaces it', async () => {
    vi.useFakeTimers();
    const run = analyse(1000);
    const job = run(entry, body);
    const rejected = expect(job).rejects.toThrow('did not answer within 1 s');
    await vi.advanceTimersByTimeAsync(1000);
    await rejected;
    expect(workers[0]!.terminated).toBe(true);
    void run(entry, body);
    expect(workers).toHaveLength(2);
  });

  it('fails a job whose response cannot be sent to the worker', async () => {
    const run = analyse();
    const job = run(entry, body);
    workers[0]!.postMessage = () => {
      throw new DOMException('could not be cloned', 'DataCloneError');
    };
    const second = run(entry, body);
    await expect(second).rejects.toThrow('could not be sent');
    workers[0]!.answer({ jobId: 0, analysis });
    await expect(job).resolves.toBe(analysis);
  });
});
