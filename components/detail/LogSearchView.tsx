// "Find it in your logs": the ids the response carries and who writes them, when it happened on
// the server's clock, and ready-to-copy searches. Rendered from what the panel computed.
import type { LogSearch, TimeWindow } from '@/core/logs/log-searches';
import type { RequestId } from '@/core/logs/request-ids';
import { copyText } from '../copy-text';
import { VisibleText } from '../VisibleText';

export interface LogSearchViewProps {
  ids: readonly RequestId[];
  window: TimeWindow | undefined;
  searches: readonly LogSearch[];
  /** Per id value: how many other failures of the capture carry it. */
  sharedBy: ReadonlyMap<string, number>;
}

export function LogSearchView({ ids, window, searches, sharedBy }: LogSearchViewProps) {
  return (
    <article class="log-search" aria-label="Find it in your logs">
      <h3>Identifiers in the response</h3>
      {ids.length === 0 ? (
        <p class="muted">This response carries no request or trace id: search by path, status and time below.</p>
      ) : (
        <dl class="request-ids">
          {ids.map((id) => (
            <div key={`${id.source}:${id.value}`} class="request-id">
              <dt>
                <VisibleText text={id.source} />
              </dt>
              <dd>
                <code>
                  <VisibleText text={id.value} />
                </code>
                {id.traceId && id.traceId !== id.value && (
                  <span class="muted">
                    {' '}
                    trace id <code>{id.traceId}</code>
                    {id.parentSpanId && (
                      <>
                        , parent span <code>{id.parentSpanId}</code>
                      </>
                    )}
                  </span>
                )}
                <span class="written-by"> — written by {id.writtenBy}</span>
                {sharedBy.has(id.value) && (
                  <span class="shared-id">
                    {' '}
                    · also on {sharedBy.get(id.value)} other {sharedBy.get(id.value) === 1 ? 'failure' : 'failures'} of this capture
                  </span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {window && (
        <>
          <h3>When</h3>
          <p class="time-window">
            {window.at.toISOString()} UTC ({window.at.toLocaleString()} local), by the {window.basis}; searches cover{' '}
            {window.from.toISOString().slice(11, 19)}–{window.until.toISOString().slice(11, 19)} UTC.
          </p>
        </>
      )}
      <h3>Searches</h3>
      <ul class="log-searches">
        {searches.map((search) => (
          <li key={search.where}>
            <span class="log-search-where">{search.where}</span>
            <div class="log-search-command">
              <code>
                <VisibleText text={search.command} />
              </code>
              <button
                type="button"
                class="copy-button"
                onClick={(event) => void copyText(search.command, event.currentTarget.parentElement?.querySelector('code') ?? null)}
              >
                Copy
              </button>
            </div>
          </li>
        ))}
      </ul>
    </article>
  );
}
