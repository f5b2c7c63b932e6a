// "Save JSON report" in the panel: the document `server-error-lens scan capture.har --json` prints
// for the capture, made by the same code (HAR reader, scanner, default policy, JSON shape) from the
// capture exported with its credentials, so every secret is found; the findings mask secrets as the
// command line's do, and the report's URLs are redacted unless the user asked for credentials.
import { scanHar } from '../har/scan-har';
import { redactUrl } from '../redact/redact-entry';
import { DEFAULT_FAIL_ON } from './fail-on';
import { judge } from './judge';
import { toJsonReport, type JsonReport } from './json-report';
import { EMPTY_CONFIG } from './lens-config';

export interface CaptureReport {
  text: string;
  /** Entries the report lists (the command line's default: 4xx and 5xx responses). */
  entries: number;
  findings: number;
}

export async function captureJsonReport(harText: string, { includeCredentials }: { includeCredentials: boolean }): Promise<CaptureReport> {
  const bytes = new TextEncoder().encode(harText);
  const scan = await scanHar(
    (async function* () {
      yield bytes;
    })(),
    { selection: 'errors' },
  );
  const [judged] = judge([{ file: 'capture', scan }], { failOn: DEFAULT_FAIL_ON, baseline: new Set(), config: EMPTY_CONFIG });
  const report = toJsonReport([judged!]) as Extract<JsonReport, { entries: unknown }>;
  if (!includeCredentials) for (const entry of report.entries) entry.url = redactUrl(entry.url);
  return {
    text: `${JSON.stringify(report)}\n`,
    entries: report.entries.length,
    findings: report.entries.reduce((sum, entry) => sum + entry.leaks.length, 0),
  };
}
