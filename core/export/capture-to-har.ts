// The capture as a HAR 1.2 file, for "Export HAR": what the panel holds of each request, with its
// body where we kept one, and a comment wherever the file holds less than the browser saw (a body
// cut at our cap, one dropped by the memory budget, a binary one we never decoded, our own retries).
// Redacted by default through the same code as the command line's `redact`.
import type { Entry, Har } from 'har-format';
import type { CapturedEntry, ResponseBody } from '../capture/captured-entry';
import { redactEntry } from '../redact/redact-entry';

export interface ExportableEntry {
  entry: CapturedEntry;
  /** Undefined when we no longer hold (or never read) the body. */
  body?: ResponseBody;
}

export interface HarExportOptions {
  /** Export credentials, cookies and secrets as captured. Off by default. */
  includeCredentials: boolean;
  /** Leave every body out. */
  dropBodies: boolean;
  creatorVersion: string;
}

export interface HarExport {
  text: string;
  entries: number;
  /** Responses whose body the file does not hold, or holds only in part: said next to the button. */
  bodiesIncomplete: number;
}

export function exportHar(captured: readonly ExportableEntry[], options: HarExportOptions): HarExport {
  let bodiesIncomplete = 0;
  const entries = captured.map((item) => {
    const { entry, incomplete } = toHarEntry(item, options.dropBodies);
    if (incomplete) bodiesIncomplete += 1;
    return options.includeCredentials ? entry : redactEntry(entry, { dropBodies: options.dropBodies });
  });
  const har: Har = {
    log: {
      version: '1.2',
      creator: { name: 'Server Error Lens', version: options.creatorVersion },
      pages: [],
      entries,
      comment: options.includeCredentials ? 'Exported with credentials: do not share.' : 'Redacted by Server Error Lens: credentials, cookies, token parameters and secrets found are masked.',
    },
  };
  return { text: JSON.stringify(har, null, 2), entries: entries.length, bodiesIncomplete };
}

function toHarEntry({ entry, body }: ExportableEntry, dropBodies: boolean): { entry: Entry; incomplete: boolean } {
  const notes: string[] = [];
  if (entry.retryOf) notes.push(`Sent by Server Error Lens as try ${entry.retryOf.attempt} of a Retry, not by the page.`);
  const content: Entry['response']['content'] = { size: body?.byteLength ?? entry.contentSize ?? -1, mimeType: entry.mimeType };
  let incomplete = false;
  if (!dropBodies && entry.status !== 0) {
    if (body?.text != null) {
      content.text = body.text;
      if (body.truncated || body.damage) {
        incomplete = true;
        notes.push(body.damage ? body.damage.message : `Body cut after ${body.text.length.toLocaleString('en')} characters (Server Error Lens keeps no more of one body).`);
      }
    } else if (body?.notScanned) {
      incomplete = true;
      notes.push(`Body not readable: ${body.notScanned}.`);
    } else if (body?.binary) {
      incomplete = true;
      notes.push('Binary body, not kept by Server Error Lens.');
    } else if (!body && (entry.contentSize ?? 0) > 0) {
      incomplete = true;
      notes.push('Body no longer held by Server Error Lens or DevTools.');
    }
  }
  const requestBody = entry.requestBody;
  const harEntry: Entry = {
    startedDateTime: entry.startedDateTime,
    time: entry.time,
    request: {
      method: entry.method,
      url: entry.url,
      httpVersion: '',
      cookies: [],
      headers: entry.requestHeaders.map(({ name, value }) => ({ name, value })),
      queryString: queryStringOf(entry.url),
      headersSize: -1,
      bodySize: requestBody?.length ?? 0,
      ...(requestBody?.text !== undefined && !dropBodies ? { postData: { mimeType: requestBody.mimeType, text: requestBody.text } } : {}),
    },
    response: {
      status: entry.status,
      statusText: entry.statusText,
      httpVersion: '',
      cookies: [],
      headers: entry.responseHeaders.map(({ name, value }) => ({ name, value })),
      content,
      redirectURL: entry.responseHeaders.find(({ name }) => name.toLowerCase() === 'location')?.value ?? '',
      headersSize: -1,
      bodySize: entry.size,
    },
    cache: {},
    timings: { send: 0, wait: entry.time, receive: 0 },
    ...(notes.length ? { comment: notes.join(' ') } : {}),
  };
  return { entry: harEntry, incomplete };
}

function queryStringOf(url: string): { name: string; value: string }[] {
  try {
    return [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}
