// The --json document. Its shape is a contract with CI scripts (see USAGE): one file gives
// {"entries":[…], …}; several give {"files":[{"file":…,"entries":[…], …}]}, so the output is always
// exactly one JSON document, and a file that could not be read is in it with its "error".
import type { BadEntry } from '../har/scan-har';
import type { LeakCategory, LeakSeverity } from '../leaks/leak-finding';
import type { JudgedEntry, JudgedFile, JudgedFinding, JudgedScan, Verdict } from './judge';

type JsonLocation = { in: 'body'; line: number; column: number } | { in: 'header'; name: string };

interface JsonLeak {
  category: LeakCategory;
  severity: LeakSeverity;
  title: string;
  evidence: string;
  location: JsonLocation;
  confidence: number;
  rule: string;
  /** Stable across runs: what --baseline compares. */
  fingerprint: string;
  verdict: Verdict;
  /** Only for "ignored": why. */
  ignoredBecause?: string;
  /** Who wrote the leak and the change that stops it; null where the response does not show it. */
  fix: { origin: string; change: string; why: string; docs: string } | null;
}

interface JsonEntry {
  index: number;
  url: string;
  status: number;
  leaks: JsonLeak[];
  /** Present when only the headers were scanned: why the body was not. */
  bodyNotScanned?: string;
  /** Present when only part of the body was scanned: what is wrong with it. */
  bodyDamage?: string;
  oddFields?: string[];
}

/** What was read of one file, besides its entries; "error" only when it could not be read to its end. */
interface JsonFileFacts {
  totalEntries: number;
  badEntries: BadEntry[];
  error?: string;
}

type JsonFile = { entries: JsonEntry[] } & JsonFileFacts;

export type JsonReport = JsonFile | { files: ({ file: string } & JsonFile)[] };

/** The shape follows how many files were given, not how many could be read, so it is predictable. */
export function toJsonReport(scans: readonly JudgedFile[]): JsonReport {
  if (scans.length === 1) return toJsonFile(scans[0]!.scan);
  return { files: scans.map(({ file, scan }) => ({ file, ...toJsonFile(scan) })) };
}

function toJsonFile({ entries, totalEntries, badEntries, readError }: JudgedScan): JsonFile {
  return { entries: entries.map(toJsonEntry), totalEntries, badEntries, ...(readError ? { error: readError } : {}) };
}

function toJsonEntry({ index, url, status, findings, bodyNotScanned, bodyDamage, oddFields }: JudgedEntry): JsonEntry {
  return {
    index,
    url,
    status,
    leaks: findings.map(toJsonLeak),
    ...(bodyNotScanned ? { bodyNotScanned } : {}),
    ...(bodyDamage ? { bodyDamage } : {}),
    ...(oddFields ? { oddFields } : {}),
  };
}

function toJsonLeak({ category, severity, title, evidence, location, confidence, rule, fingerprint, verdict, ignoredBecause, fix }: JudgedFinding): JsonLeak {
  return {
    category,
    severity,
    title,
    evidence,
    location: toJsonLocation(location),
    confidence,
    rule,
    fingerprint,
    verdict,
    ...(ignoredBecause ? { ignoredBecause } : {}),
    fix: fix && { origin: fix.origin, change: fix.change, why: fix.why, docs: fix.docs },
  };
}

// offset/length index the scanner's copy of the body, meaningless to someone holding the HAR.
function toJsonLocation(location: JudgedFinding['location']): JsonLocation {
  return location.in === 'header'
    ? { in: 'header', name: location.name }
    : { in: 'body', line: location.line, column: location.column };
}
