// Retry a failed request from the page and copy any request as cURL or fetch(): the controls and
// what they report. Everything shown is computed by the panel (PanelApp) and the capture session.
import { useEffect, useState } from 'preact/hooks';
import { copyText } from '../copy-text';
import { VisibleText } from '../VisibleText';

export interface RetryControls {
  running: boolean;
  /** "persistent: failed 3 of 3", once decided. */
  verdict?: string;
  verdictKind?: 'persistent' | 'transient';
  /** One line per try so far: "try 1: 500 in 12 ms". */
  tries: string[];
  planned: number;
  stopped: boolean;
  /** Non-idempotent methods ask first. */
  needsConfirmation: boolean;
  /** What the retry cannot send as the page did. */
  differences: string[];
  onStart(tries: number): void;
  onStop(): void;
}

export interface CopyControls {
  curl: string;
  fetch: string;
  /** The failure as a Markdown report for a ticket (failed requests only). */
  markdown?: string;
  /** What the copies mask or leave out. */
  leftOut: string[];
  includeCredentials: boolean;
  onIncludeCredentialsChange(value: boolean): void;
}

export interface ReproduceBarProps {
  method: string;
  /** Present on failed requests the page sent. */
  retry?: RetryControls;
  /** Present on a request Retry sent: which try it was. */
  tryOf?: { attempt: number; onShowOriginal(): void };
  copies: CopyControls;
  /** Resets the confirmation when another request is shown. */
  entryId: string;
}

export function ReproduceBar({ method, retry, tryOf, copies, entryId }: ReproduceBarProps) {
  const [tries, setTries] = useState(3);
  const [confirming, setConfirming] = useState(false);
  const [copied, setCopied] = useState<string>();
  useEffect(() => {
    setConfirming(false);
    setCopied(undefined);
  }, [entryId]);

  const copy = (label: string, text: string, event: MouseEvent) => {
    const bar = (event.currentTarget as HTMLElement).closest('.reproduce-bar');
    const preview = bar?.querySelector('details.copy-previews');
    if (preview instanceof HTMLDetailsElement) preview.open = true;
    const shown = bar?.querySelector(`[data-copy="${label}"]`) ?? null;
    void copyText(text, shown).then((done) => setCopied(done ? `${label} copied` : `${label}: the clipboard was refused; the text is selected below for Ctrl+C`));
  };

  return (
    <section class="reproduce-bar" aria-label="Reproduce">
      {tryOf && (
        <p class="retry-origin">
          Sent by Server Error Lens as try {tryOf.attempt} of a Retry, not by the page: not counted on the badge.{' '}
          <button type="button" class="link-button" onClick={tryOf.onShowOriginal}>
            Show the original request
          </button>
        </p>
      )}
      <div class="reproduce-actions">
        {retry &&
          (retry.running ? (
            <button type="button" onClick={retry.onStop}>
              Stop retrying
            </button>
          ) : (
            <>
              <button type="button" onClick={() => (retry.needsConfirmation ? setConfirming(true) : retry.onStart(tries))}>
                Retry
              </button>
              <label class="retry-tries">
                <input type="number" min={1} max={10} value={tries} aria-label="Tries" onInput={(event) => setTries(clampTries(event.currentTarget.valueAsNumber))} />{' '}
                {tries === 1 ? 'try' : 'tries'}
              </label>
            </>
          ))}
        <button type="button" onClick={(event) => copy('cURL', copies.curl, event)}>
          Copy as cURL
        </button>
        <button type="button" onClick={(event) => copy('fetch()', copies.fetch, event)}>
          Copy as fetch()
        </button>
        {copies.markdown !== undefined && (
          <button type="button" onClick={(event) => copy('Markdown', copies.markdown!, event)}>
            Copy as Markdown
          </button>
        )}
        <label class="toolbar-check">
          <input type="checkbox" checked={copies.includeCredentials} onChange={(event) => copies.onIncludeCredentialsChange(event.currentTarget.checked)} />
          include credentials
        </label>
      </div>
      {retry && confirming && !retry.running && (
        <div class="retry-confirm" role="alertdialog" aria-label="Confirm retry">
          <p>
            <strong>{method}</strong> is not idempotent: sending it again may repeat what it did (an order, a payment, a message). Send it up to {tries}{' '}
            {tries === 1 ? 'time' : 'times'}?
          </p>
          <button
            type="button"
            onClick={() => {
              setConfirming(false);
              retry.onStart(tries);
            }}
          >
            Send again
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      {retry && (retry.tries.length > 0 || retry.running || retry.stopped) && (
        <div class="retry-status" role="status">
          {retry.verdict ? (
            <span class={`verdict-chip ${retry.verdictKind}`}>{retry.verdict}</span>
          ) : retry.running ? (
            <span>
              Retrying: try {Math.min(retry.tries.length + 1, retry.planned)} of {retry.planned}…
            </span>
          ) : (
            <span>Stopped before any try answered.</span>
          )}
          {retry.stopped && retry.verdict && <span class="muted"> (stopped after {retry.tries.length})</span>}
          {retry.tries.length > 0 && <span class="muted"> · {retry.tries.join(' · ')}</span>}
        </div>
      )}
      {retry && retry.differences.length > 0 && <p class="muted">Retry: {retry.differences.join('; ')}.</p>}
      {copies.leftOut.length > 0 && <p class="muted copy-left-out">Copies: {copies.leftOut.join('; ')}.</p>}
      {copied && (
        <p class="muted" role="status">
          {copied}
        </p>
      )}
      <details class="copy-previews">
        <summary>Show the copies</summary>
        <code class="copy-preview" data-copy="cURL">
          <VisibleText text={copies.curl} />
        </code>
        <code class="copy-preview" data-copy="fetch()">
          <VisibleText text={copies.fetch} layout="keep-layout" />
        </code>
        {copies.markdown !== undefined && (
          <code class="copy-preview" data-copy="Markdown">
            <VisibleText text={copies.markdown} layout="keep-layout" />
          </code>
        )}
      </details>
    </section>
  );
}

function clampTries(value: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(Math.round(value), 1), 10) : 3;
}
