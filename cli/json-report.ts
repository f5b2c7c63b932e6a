// The --json document. Its shape is a contract with CI scripts (see USAGE): one file gives
// {"entries":[…]}; several give {"files":[{"file":…,"entries":[…]}]}, so the output is always
// exactly one JSON document.
import type { ScannedEntry } from '../core/har/scan-har';
import type { LeakFinding, LeakCategory, LeakSeverity } from '../core/leaks/leak-finding';
import type { FileScan } from './file-scan';

type JsonLocation = { in: 'body'; line: number; column: number } | { in: 'header'; name: string };

interface JsonLeak {
  category: LeakCategory;
  severity: LeakSeverity;
  title: string;
  evidence: string;
  location: JsonLocation;
  confidence: number;
}

interface JsonEntry {
  index: number;
  url: string;
  status: number;
  leaks: JsonLeak[];
}

export type JsonReport = { entries: JsonEntry[] } | { files: { file: string; entries: JsonEntry[] }[] };

/** The shape follows how many files were given, not how many could be read, so it is predictable. */
export function toJsonReport(scans: readonly FileScan[], filesGiven: number): JsonReport {
  const [only] = scans;
  if (filesGiven === 1) return { entries: only ? only.scan.entries.map(toJsonEntry) : [] };
  return { files: scans.map(({ file, scan }) => ({ file, entries: scan.entries.map(toJsonEntry) })) };
}

function toJsonEntry({ index, url, status, findings }: ScannedEntry): JsonEntry {
  return { index, url, status, leaks: findings.map(toJsonLeak) };
}

function toJsonLeak({ category, severity, title, evidence, location, confidence }: LeakFinding): JsonLeak {
  return { category, severity, title, evidence, location: toJsonLocation(location), confidence };
}

// offset/length index the scanner's copy of the body, meaningless to someone holding the HAR.
function toJsonLocation(location: LeakFinding['location']): JsonLocation {
  return location.in === 'header'
    ? { in: 'header', name: location.name }
    : { in: 'body', line: location.line, column: location.column };
}
