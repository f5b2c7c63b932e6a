// Which captured entry is the inspected page's own document request. Chrome says so in
// _resourceType; Firefox's entries carry no resource type, so there the request's own
// Sec-Fetch-Dest header says it (absent on plain-http origins, where the URL has to do).
import type { CapturedEntry } from '../capture/captured-entry';

export function isPageDocument(entry: CapturedEntry, pageUrl: string): boolean {
  if (entry.url !== pageUrl) return false;
  if (entry.resourceType) return entry.resourceType === 'document';
  const destination = entry.requestHeaders.find((header) => header.name.toLowerCase() === 'sec-fetch-dest')?.value;
  return destination === undefined || destination.trim().toLowerCase() === 'document';
}

/** The entry's start in milliseconds since the epoch; NaN when the browser gave none. */
export function startedAt(entry: CapturedEntry): number {
  return Date.parse(entry.startedDateTime);
}
