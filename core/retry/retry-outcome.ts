// What the tries of one retry showed, and the verdict: a failure that every try repeats is
// persistent; one a later try does not repeat was transient. Shown on the row and in the banner.
import { isServerError } from '../status/status-class';

export interface RetryTry {
  attempt: number;
  /** 0 when no response was seen (network error, blocked, or none within the timeout). */
  status: number;
  /** Milliseconds the request took, when a response came. */
  time?: number;
}

export interface RetryState {
  planned: number;
  tries: RetryTry[];
  /** True while tries are still to come. */
  running: boolean;
  /** Set when the user stopped it before its last try. */
  stopped?: boolean;
}

/** A server error or no response: what the original failure was. */
export function isFailedTry({ status }: RetryTry): boolean {
  return status === 0 || isServerError(status);
}

export type RetryVerdict = { kind: 'persistent'; failed: number; of: number } | { kind: 'transient'; answeredOn: number; status: number };

/** Undefined until the tries decide it: a try that did not fail, or every planned try failed. */
export function retryVerdict(state: RetryState): RetryVerdict | undefined {
  const answered = state.tries.find((attempt) => !isFailedTry(attempt));
  if (answered) return { kind: 'transient', answeredOn: answered.attempt, status: answered.status };
  if (state.running || state.tries.length === 0) return undefined;
  return { kind: 'persistent', failed: state.tries.length, of: state.tries.length };
}

export function verdictText(verdict: RetryVerdict): string {
  return verdict.kind === 'persistent'
    ? `persistent: failed ${verdict.failed} of ${verdict.of}`
    : verdict.status < 400
      ? `transient: succeeded on try ${verdict.answeredOn}`
      : `transient: answered ${verdict.status} on try ${verdict.answeredOn}`;
}

export function tryText({ attempt, status, time }: RetryTry): string {
  return status === 0 ? `try ${attempt}: no response` : `try ${attempt}: ${status}${time === undefined ? '' : ` in ${Math.round(time)} ms`}`;
}
