import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { EntryRow } from '@/messaging/protocol';
import { statusClass } from '@/core/status/status-class';
import { formatBytes, formatDuration, splitUrl } from '../format';
import { useVirtualRows } from './use-virtual-rows';
import { showInvisible } from '@/core/text/invisible-characters';
import { VisibleText } from '../VisibleText';
import { isFailedTry, retryVerdict, verdictText, type RetryState } from '@/core/retry/retry-outcome';

/** Must match the row height in panel.css. */
const ROW_HEIGHT = 21;
const HEADER_HEIGHT = 23;

export interface RequestTableProps {
  rows: EntryRow[];
  selectedId: string | undefined;
  onSelect(id: string): void;
}

export function RequestTable({ rows, selectedId, onSelect }: RequestTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualRows({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    paddingStart: HEADER_HEIGHT,
    overscan: 12,
  });
  const selectedIndex = rows.findIndex((row) => row.entry.id === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex]);

  // Scrolled to the bottom, the list follows new requests, as the Network panel does; scrolled up, it stays.
  const following = useRef(true);
  // Where we last scrolled to: its scroll event arrives a frame later, when more rows may have come.
  const followedTo = useRef(-1);
  const onScroll = () => {
    const element = scroller.current;
    if (!element || element.scrollTop === followedTo.current) return;
    following.current = element.scrollTop + element.clientHeight >= element.scrollHeight - ROW_HEIGHT / 2;
  };
  const followToBottom = () => {
    const element = scroller.current;
    if (!element || !following.current) return;
    element.scrollTop = element.scrollHeight;
    followedTo.current = element.scrollTop;
  };
  useLayoutEffect(followToBottom, [rows.length]);
  // The list also shrinks under the rows (the diagnosis banner appears above it): still at the bottom.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(followToBottom);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const next = rows[event.key === 'ArrowDown' ? selectedIndex + 1 : Math.max(selectedIndex - 1, 0)];
    if (next) onSelect(next.entry.id);
  }

  const visible = virtualizer.getVirtualItems();
  const first = visible[0]?.index ?? 0;
  const afterLast = (visible.at(-1)?.index ?? -1) + 1;
  return (
    <div class="request-table-scroller" ref={scroller} tabIndex={0} onKeyDown={onKeyDown} onScroll={onScroll}>
      <table class="request-table" aria-label="Captured requests" aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            <th class="col-method">Method</th>
            <th class="col-url">URL</th>
            <th class="col-status">Status</th>
            <th class="col-type">Type</th>
            <th class="col-size">Size</th>
            <th class="col-time">Time</th>
          </tr>
        </thead>
        <tbody>
          {first > 0 && <tr class="spacer" style={{ height: `${first * ROW_HEIGHT}px` }} aria-hidden="true" />}
          {visible.map(({ index }) => {
            const row = rows[index]!;
            return (
              <RequestRow key={row.entry.id} row={row} index={index} selected={index === selectedIndex} onSelect={onSelect} />
            );
          })}
          {afterLast < rows.length && (
            <tr class="spacer" style={{ height: `${(rows.length - afterLast) * ROW_HEIGHT}px` }} aria-hidden="true" />
          )}
        </tbody>
      </table>
    </div>
  );
}

interface RequestRowProps {
  row: EntryRow;
  index: number;
  selected: boolean;
  onSelect(id: string): void;
}

function RequestRow({ row, index, selected, onSelect }: RequestRowProps) {
  const { entry } = row;
  const { origin, path } = splitUrl(entry.url);
  const kind = statusClass(entry.status);
  return (
    <tr
      class={`request-row status-${kind}${index % 2 ? ' odd' : ''}${selected ? ' selected' : ''}`}
      data-status={entry.status}
      aria-rowindex={index + 2}
      aria-selected={selected}
      onClick={() => onSelect(entry.id)}
    >
      <td class="col-method">{entry.method}</td>
      <td class="col-url" title={showInvisible(entry.url)}>
        {row.leakCount ? (
          <span
            class={`leak-marker severity-${row.worstLeakSeverity}`}
            title={`${row.leakCount} possible ${row.leakCount === 1 ? 'leak' : 'leaks'} of server internals (worst: ${row.worstLeakSeverity})`}
          >
            {row.leakCount}
          </span>
        ) : null}
        {entry.importedFrom && (
          <span class="import-chip" title={`Imported from ${showInvisible(entry.importedFrom)}, not the inspected tab's traffic: not counted on the badge`}>
            imported
          </span>
        )}
        {entry.retryOf && (
          <span class="retry-chip" title={`Sent by Server Error Lens as try ${entry.retryOf.attempt} of a Retry, not by the page: not counted on the badge`}>
            retry {entry.retryOf.attempt}
          </span>
        )}
        {row.notice && (
          <span class="row-notice" role="img" aria-label={row.notice} title={row.notice}>
            !
          </span>
        )}
        <span class="url-path">
          <VisibleText text={path} />
        </span>
        <span class="url-origin">
          <VisibleText text={origin} />
        </span>
      </td>
      <td class="col-status">
        {kind === 'server-error' && <span class="server-error-flag" role="img" aria-label="server error" />}
        {entry.status || '(failed)'}{' '}
        <span class="status-text">
          <VisibleText text={entry.statusText} />
        </span>
        {row.retry && <RetryChip retry={row.retry} />}
      </td>
      <td class="col-type">
        <VisibleText text={entry.resourceType || entry.mimeType} />
      </td>
      <td class="col-size">{formatBytes(entry.size)}</td>
      <td class="col-time">{formatDuration(entry.time)}</td>
    </tr>
  );
}

function RetryChip({ retry }: { retry: RetryState }) {
  const verdict = retryVerdict(retry);
  const failed = retry.tries.filter(isFailedTry).length;
  const label = verdict ? (verdict.kind === 'persistent' ? `persistent ${failed}/${retry.tries.length}` : 'transient') : `retrying ${retry.tries.length}/${retry.planned}`;
  return (
    <span class={`retry-verdict ${verdict?.kind ?? 'running'}`} title={verdict ? verdictText(verdict) : 'Retry in progress'}>
      {label}
    </span>
  );
}
