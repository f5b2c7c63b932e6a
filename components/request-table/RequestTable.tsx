import type { EntryRow } from '@/messaging/protocol';
import { statusClass } from '@/core/status/status-class';
import { formatBytes, formatDuration, splitUrl } from '../format';

export interface RequestTableProps {
  rows: EntryRow[];
  selectedId: string | undefined;
  onSelect(id: string): void;
}

export function RequestTable({ rows, selectedId, onSelect }: RequestTableProps) {
  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const index = rows.findIndex((row) => row.entry.id === selectedId);
    const next = rows[event.key === 'ArrowDown' ? index + 1 : Math.max(index - 1, 0)];
    if (next) onSelect(next.entry.id);
  }

  return (
    <div class="request-table-scroller" tabIndex={0} onKeyDown={onKeyDown}>
      <table class="request-table" aria-label="Captured requests">
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
          {rows.map((row) => (
            <RequestRow key={row.entry.id} row={row} selected={row.entry.id === selectedId} onSelect={onSelect} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RequestRow({ row, selected, onSelect }: { row: EntryRow; selected: boolean; onSelect(id: string): void }) {
  const { entry } = row;
  const { origin, path } = splitUrl(entry.url);
  const kind = statusClass(entry.status);
  return (
    <tr
      class={`request-row status-${kind}${selected ? ' selected' : ''}`}
      data-status={entry.status}
      aria-selected={selected}
      onClick={() => onSelect(entry.id)}
    >
      <td class="col-method">{entry.method}</td>
      <td class="col-url" title={entry.url}>
        {row.leakCount ? (
          <span
            class={`leak-marker severity-${row.worstLeakSeverity}`}
            title={`${row.leakCount} possible ${row.leakCount === 1 ? 'leak' : 'leaks'} of server internals (worst: ${row.worstLeakSeverity})`}
          >
            {row.leakCount}
          </span>
        ) : null}
        <span class="url-path">{path}</span>
        <span class="url-origin">{origin}</span>
      </td>
      <td class="col-status">
        {kind === 'server-error' && <span class="server-error-flag" aria-label="server error" />}
        {entry.status || '(failed)'} {entry.statusText}
      </td>
      <td class="col-type">{entry.resourceType || entry.mimeType}</td>
      <td class="col-size">{formatBytes(entry.size)}</td>
      <td class="col-time">{formatDuration(entry.time)}</td>
    </tr>
  );
}
