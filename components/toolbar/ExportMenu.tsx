// "Export HAR": the capture as a file, redacted unless the user asks for credentials.
import { useState } from 'preact/hooks';

export interface ExportMenuProps {
  onExport(options: { includeCredentials: boolean; dropBodies: boolean }): void;
  /** What the last export wrote, said after it was saved. */
  lastExport?: { entries: number; bodiesIncomplete: number; includeCredentials: boolean };
}

export function ExportMenu({ onExport, lastExport }: ExportMenuProps) {
  const [includeCredentials, setIncludeCredentials] = useState(false);
  const [dropBodies, setDropBodies] = useState(false);
  return (
    <details class="export-menu">
      <summary>Export HAR</summary>
      <div class="export-options" role="group" aria-label="Export HAR">
        <p class="muted">
          Redacted by default: Authorization, cookies, API-key headers, token-like parameters and fields, and every secret the scanner finds are masked.
        </p>
        <label class="toolbar-check">
          <input type="checkbox" checked={dropBodies} onChange={(event) => setDropBodies(event.currentTarget.checked)} />
          leave out bodies
        </label>
        <label class="toolbar-check">
          <input type="checkbox" checked={includeCredentials} onChange={(event) => setIncludeCredentials(event.currentTarget.checked)} />
          include credentials (not for sharing)
        </label>
        <button type="button" onClick={() => onExport({ includeCredentials, dropBodies })}>
          Save HAR
        </button>
        {lastExport && (
          <p role="status" class="export-status">
            Saved {lastExport.entries} {lastExport.entries === 1 ? 'request' : 'requests'}, {lastExport.includeCredentials ? 'with credentials' : 'redacted'}
            {lastExport.bodiesIncomplete > 0 && `; ${lastExport.bodiesIncomplete} without their whole body (each says why in its comment)`}.
          </p>
        )}
      </div>
    </details>
  );
}
