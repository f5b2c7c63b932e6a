// HAR entries come from three places: Chrome's and Firefox's devtools.network API and HAR files on
// disk. Each fills optional fields differently; this is the one place that irons that out.
import type { Entry } from 'har-format';
import type { CapturedEntry, HeaderField } from '../capture/captured-entry';

/** Chrome adds these non-standard fields; Firefox and most HAR files leave them out. */
interface BrowserExtras {
  _resourceType?: string;
  response: { _transferSize?: number };
}

/** `id` names the entry within its capture: see entry-identity.ts for live captures. */
export function toCapturedEntry(entry: Entry, id: string): CapturedEntry {
  const { request, response } = entry;
  const extras = entry as Entry & BrowserExtras;
  return {
    id,
    startedDateTime: entry.startedDateTime,
    method: request.method,
    url: request.url,
    status: response.status,
    statusText: response.statusText ?? '',
    mimeType: response.content?.mimeType ?? '',
    resourceType: extras._resourceType ?? '',
    size: firstKnownSize(extras.response._transferSize, response.bodySize, response.content?.size),
    ...(typeof response.content?.size === 'number' && response.content.size >= 0 ? { contentSize: response.content.size } : {}),
    time: Number.isFinite(entry.time) ? entry.time : 0,
    requestHeaders: copyHeaders(request.headers),
    responseHeaders: copyHeaders(response.headers),
  };
}

function firstKnownSize(...sizes: (number | undefined)[]): number {
  return sizes.find((size): size is number => typeof size === 'number' && size >= 0) ?? -1;
}

function copyHeaders(headers: readonly { name: string; value: string }[] | undefined): HeaderField[] {
  return (headers ?? []).map(({ name, value }) => ({ name, value }));
}
