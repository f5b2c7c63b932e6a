// Which catalogue fix stops each finding: the product named in the finding's own evidence, else
// the producer of the page it is in. Null where the response does not show who wrote it.
import type { HeaderField } from '../capture/captured-entry';
import type { LeakCategory, LeakFinding } from '../leaks/leak-finding';
import { FIX_CATALOGUE, type FixId } from './fix-catalogue';
import type { FixAdvice } from './leak-fix';
import { EVIDENCE_MARKERS, PAGE_MARKERS, type PageMarker } from './origin-markers';

export interface AdvisedResponse {
  headers: readonly HeaderField[];
  body: string | null;
}

/** JSON bodies beyond this are not parsed for their key order (a default error handler's are small). */
const MAX_JSON_SHAPE_CHARS = 64 * 1024;

/** One advice per finding, in the same order. */
export function adviseFixes(response: AdvisedResponse, findings: readonly LeakFinding[]): FixAdvice[] {
  const page = findings.some((finding) => finding.location.in === 'body') ? pageMarkerOf(response, findings) : undefined;
  return findings.map((finding) => {
    const id = evidenceFix(finding, response.headers) ?? (finding.location.in === 'body' && page && covers(page, finding.category) ? page.fix : undefined);
    return id ? FIX_CATALOGUE.get(id)! : null;
  });
}

function evidenceFix(finding: LeakFinding, headers: readonly HeaderField[]): FixId | undefined {
  const { location } = finding;
  const text = (
    location.in === 'header' ? headers.filter((header) => header.name.toLowerCase() === location.name.toLowerCase()).map((header) => header.value).join('\n') : finding.evidence
  ).toLowerCase();
  return EVIDENCE_MARKERS.find((marker) => marker.rules.includes(finding.rule) && text.includes(marker.evidenceHas))?.fix;
}

function covers(marker: PageMarker, category: LeakCategory): boolean {
  return marker.covers === 'all' || marker.covers.includes(category);
}

function pageMarkerOf({ headers, body }: AdvisedResponse, findings: readonly LeakFinding[]): PageMarker | undefined {
  const lowerBody = body?.toLowerCase() ?? '';
  let jsonKeys: string[] | undefined;
  const keysOfBody = () => (jsonKeys ??= topLevelKeys(body));
  return PAGE_MARKERS.find(
    (marker) =>
      (!marker.bodyHas || marker.bodyHas.some((text) => lowerBody.includes(text))) &&
      (!marker.findingRule || findings.some((finding) => finding.rule === marker.findingRule)) &&
      (!marker.header || hasHeader(headers, marker.header.name, marker.header.valueStarts)) &&
      (!marker.jsonKeysInOrder || inOrder(marker.jsonKeysInOrder, keysOfBody())),
  );
}

function hasHeader(headers: readonly HeaderField[], name: string, valueStarts: string): boolean {
  return headers.some((header) => header.name.toLowerCase() === name && header.value.trimStart().toLowerCase().startsWith(valueStarts));
}

function topLevelKeys(body: string | null): string[] {
  if (!body || body.length > MAX_JSON_SHAPE_CHARS || !body.trimStart().startsWith('{')) return [];
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? Object.keys(parsed) : [];
  } catch {
    return [];
  }
}

/** True when `wanted` appear in `keys` in this order, other keys allowed between them. */
function inOrder(wanted: readonly string[], keys: readonly string[]): boolean {
  let next = 0;
  for (const key of keys) if (key === wanted[next]) next += 1;
  return next === wanted.length;
}
