// "Export": the capture as a HAR file, or as the command line's JSON report of it, redacted unless
// the user asks for credentials.
import { useState } from 'preact/hooks';

export interface ExportMenuProps {
  onExport(options: { includeCredentials: boolean; dropBodies: boolean }): void;
  onExportReport(options: { includeCredentials: boolean }): void;
  /** What the last save wrote, said after it was saved. */
  lastExport?:
    | { kind: 'har'; entries: number; bodiesIncomplete: number; includeCredentials: boolean }
    | { kind: 'report'; entries: number; findings: number; includeCredentials: boolean };
}

export function ExportMenu({ onExport, onExportReport, lastExport }: ExportMenuProps) {
  const [includeCredentials, setIncludeCredentials] = useState(false);
  const [dropBodies, setDropBodies] = useState(false);
  return (
    <details class="export-menu">
      <summary>Export</summary>
      <div class="export-options" role="group" aria-label="Export">
        <p class="muted">
          Redacted by default: Authorization, cookies, API-key headers, token-like parameters and fields, and every secret the scanner finds are masked.
        </p>
        <label class="toolbar-check">
          <input type="checkbox" checked={dropBodies} onChange={(event) => setDropBodies(event.currentTarget.checked)} />
          leave out bodies (HAR)
        </label>
        <label class="toolbar-check">
          <input type="checkbox" checked={includeCredentials} onChange={(event) => setIncludeCredentials(event.currentTarget.checked)} />
          include credentials (not for sharing)
        </label>
        <button type="button" onClick={() => onExport({ includeCredentials, dropBodies })}>
          Save HAR
        </button>
        <button
          type="button"
          title="The report `server-error-lens scan --json` prints for this capture: every 4xx and 5xx response with its findings, secrets masked"
          onClick={() => onExportReport({ includeCredentials })}
        >
          Save JSON report
        </button>
        {lastExport && (
          <p role="status" class="export-status">
            {lastExport.kind === 'har' ? (
              <>
                Saved {lastExport.entries} {lastExport.entries === 1 ? 'request' : 'requests'}, {lastExport.includeCredentials ? 'with credentials' : 'redacted'}
                {lastExport.bodiesIncomplete > 0 && `; ${lastExport.bodiesIncomplete} without their whole body (each says why in its comment)`}.
              </>
            ) : (
              <>
                Saved the JSON report: {lastExport.findings} {lastExport.findings === 1 ? 'finding' : 'findings'} in {lastExport.entries} error{' '}
                {lastExport.entries === 1 ? 'response' : 'responses'}, secrets masked, {lastExport.includeCredentials ? 'URLs as captured' : 'URLs redacted'}.
              </>
            )}
          </p>
        )}
      </div>
    </details>
  );
}
