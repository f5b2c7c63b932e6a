// Runs "Retry": re-sends a failed request from the inspected page N times with backoff, and
// claims the responses as ours when DevTools reports them, so they are listed as retries and never
// counted as the page's own failures. It lives in the DevTools page with the capture, so closing
// DevTools stops it. The status of each try is the one DevTools saw on the network, not anything
// the page's scripts could report.
import type { CapturedEntry, RetryMark } from '../core/capture/captured-entry';
import { backoffBefore, retryPlan, TRY_TIMEOUT_MS, type PageRequest } from '../core/retry/retry-plan';
import { isFailedTry, type RetryState } from '../core/retry/retry-outcome';

export interface RetryRunnerDeps {
  /** Starts the request in the inspected page; rejects when the page could not start it. */
  sendFromPage(request: PageRequest): Promise<void>;
  /** Runs `task` after `ms`; returns a function that cancels it. */
  after(ms: number, task: () => void): () => void;
  /** The retry state of this original request changed. */
  changed(originalId: string): void;
}

interface Run {
  state: RetryState;
  request: PageRequest;
  /** The try whose response we wait for, and the timer that gives up on it. */
  awaiting?: { attempt: number; cancelTimeout: () => void };
  cancelNext?: () => void;
}

export class RetryRunner {
  #runs = new Map<string, Run>();
  #deps: RetryRunnerDeps;

  constructor(deps: RetryRunnerDeps) {
    this.#deps = deps;
  }

  stateOf(originalId: string): RetryState | undefined {
    return this.#runs.get(originalId)?.state;
  }

  start(original: CapturedEntry, tries: number): void {
    this.stop(original.id);
    const run: Run = { state: { planned: tries, tries: [], running: true }, request: retryPlan(original).request };
    this.#runs.set(original.id, run);
    this.#send(original.id, run, 1);
  }

  stop(originalId: string): void {
    const run = this.#runs.get(originalId);
    if (!run?.state.running) return;
    run.awaiting?.cancelTimeout();
    run.cancelNext?.();
    run.awaiting = undefined;
    run.state = { ...run.state, running: false, stopped: true };
    this.#deps.changed(originalId);
  }

  /** Forgets runs whose original is gone (the capture was cleared or the page changed). */
  forgetAllBut(keptIds: ReadonlySet<string>): void {
    for (const id of [...this.#runs.keys()]) {
      if (keptIds.has(id)) continue;
      this.stop(id);
      this.#runs.delete(id);
    }
  }

  /**
   * A request finished: when it is the one a running retry waits for (same method and URL), it is
   * that try's response. A page that requests the same URL at that moment could be taken for it.
   */
  claim(method: string, url: string, status: number, time: number): RetryMark | undefined {
    for (const [originalId, run] of this.#runs) {
      const { awaiting, request } = run;
      if (!awaiting || request.method !== method.toUpperCase() || request.url !== url) continue;
      this.#record(originalId, run, { attempt: awaiting.attempt, status, time });
      return { originalId, attempt: awaiting.attempt };
    }
    return undefined;
  }

  #send(originalId: string, run: Run, attempt: number): void {
    const cancelTimeout = this.#deps.after(TRY_TIMEOUT_MS, () => this.#record(originalId, run, { attempt, status: 0 }));
    run.awaiting = { attempt, cancelTimeout };
    this.#deps.changed(originalId);
    this.#deps.sendFromPage(run.request).catch(() => {
      if (run.awaiting?.attempt === attempt) this.#record(originalId, run, { attempt, status: 0 });
    });
  }

  #record(originalId: string, run: Run, attempt: RetryState['tries'][number]): void {
    if (this.#runs.get(originalId) !== run || run.awaiting?.attempt !== attempt.attempt) return;
    run.awaiting.cancelTimeout();
    run.awaiting = undefined;
    const tries = [...run.state.tries, attempt];
    const done = !isFailedTry(attempt) || tries.length >= run.state.planned;
    run.state = { ...run.state, tries, running: !done };
    if (!done) {
      const next = attempt.attempt + 1;
      run.cancelNext = this.#deps.after(backoffBefore(next), () => {
        run.cancelNext = undefined;
        if (run.state.running) this.#send(originalId, run, next);
      });
    }
    this.#deps.changed(originalId);
  }
}
