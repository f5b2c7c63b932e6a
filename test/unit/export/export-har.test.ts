import { describe, expect, it } from 'vitest';
import type { CapturedEntry, ResponseBody } from '../../../core/capture/captured-entry';
import { exportHar } from '../../../core/export/capture-to-har';
import { scanHar } from '../../../core/har/scan-har';
import { scannableFixture } from '../../fixtures/labelled-fixtures';

const SECRETS = ['fixture-db-password', 'REQUEST-BEARER-SECRET', 'COOKIE-SECRET', 'QUERY-TOKEN-SECRET', 'SET-COOKIE-SECRET'];

function capturedDebugPage(): { entry: CapturedEntry; body: ResponseBody } {
  const response = scannableFixture('responses/django/database-refused-debug.json');
  const text = response.body ?? '';
  return {
    entry: {
      id: 'e1',
      startedDateTime: '2026-12-02T10:15:30.250Z',
      method: 'POST',
      url: `${response.url}?access_token=QUERY-TOKEN-SECRET&page=2`,
      status: response.status,
      statusText: 'Internal Server Error',
      mimeType: response.mimeType,
      resourceType: 'fetch',
      size: text.length,
      time: 42,
      requestHeaders: [
        { name: 'Authorization', value: 'Bearer REQUEST-BEARER-SECRET' },
        { name: 'Cookie', value: 'sessionid=COOKIE-SECRET' },
      ],
      responseHeaders: [...response.headers, { name: 'Set-Cookie', value: 'csrftoken=SET-COOKIE-SECRET; Path=/' }],
      requestBody: { mimeType: 'application/x-www-form-urlencoded', text: 'item=42&password=FORM-SECRET', length: 28 },
    },
    body: { text, truncated: false, byteLength: text.length, binary: false },
  };
}

async function rescan(text: string) {
  return scanHar(
    (async function* () {
      yield new TextEncoder().encode(text);
    })(),
    { selection: 'all' },
  );
}

describe('exportHar', () => {
  it('is redacted by default: re-scanned, the exported file shows no secret, and none of the captured ones is in it', async () => {
    const exported = exportHar([capturedDebugPage()], { includeCredentials: false, dropBodies: false, creatorVersion: '0.0.0-test' });
    for (const secret of [...SECRETS, 'FORM-SECRET']) expect(exported.text).not.toContain(secret);
    const scan = await rescan(exported.text);
    expect(scan.badEntries).toEqual([]);
    expect(scan.readError).toBeUndefined();
    expect(scan.entries).toHaveLength(1);
    // The leaks that are not secrets are still there to see; the secrets are masked in the file itself.
    expect(scan.entries[0]!.findings.some((finding) => finding.category === 'debug-page')).toBe(true);
    for (const finding of scan.entries[0]!.findings.filter((found) => found.category === 'secret')) expect(finding.evidence).toMatch(/redacted|\*\*\*\*/);
  });

  it('exports everything as captured only when asked, and says so in the file', async () => {
    const exported = exportHar([capturedDebugPage()], { includeCredentials: true, dropBodies: false, creatorVersion: '0.0.0-test' });
    for (const secret of SECRETS) expect(exported.text).toContain(secret);
    expect(JSON.parse(exported.text).log.comment).toBe('Exported with credentials: do not share.');
  });

  it('is HAR 1.2 with every required field, and says where it holds less than the browser saw', async () => {
    const { entry, body } = capturedDebugPage();
    const exported = exportHar(
      [
        { entry, body: { ...body, truncated: true } },
        { entry: { ...entry, id: 'e2', contentSize: 900 } },
        { entry: { ...entry, id: 'e3', retryOf: { originalId: 'e1', attempt: 1 } }, body },
        { entry: { ...entry, id: 'e4', importedFrom: 'sent.har' }, body: { text: null, truncated: false, byteLength: 0, binary: false, notScanned: 'response.content.text is not text' } },
      ],
      { includeCredentials: false, dropBodies: false, creatorVersion: '1.2.3' },
    );
    const har = JSON.parse(exported.text) as { log: { version: string; creator: { version: string }; entries: Record<string, unknown>[] } };
    expect([har.log.version, har.log.creator.version]).toEqual(['1.2', '1.2.3']);
    for (const harEntry of har.log.entries) {
      expect(Object.keys(harEntry)).toEqual(expect.arrayContaining(['startedDateTime', 'time', 'request', 'response', 'cache', 'timings']));
      expect(Object.keys(harEntry.request as object)).toEqual(expect.arrayContaining(['method', 'url', 'httpVersion', 'cookies', 'headers', 'queryString', 'headersSize', 'bodySize']));
      expect(Object.keys(harEntry.response as object)).toEqual(
        expect.arrayContaining(['status', 'statusText', 'httpVersion', 'cookies', 'headers', 'content', 'redirectURL', 'headersSize', 'bodySize']),
      );
    }
    expect(har.log.entries.map((harEntry) => harEntry.comment)).toEqual([
      expect.stringMatching(/^Body cut after [\d,]+ characters/),
      'Body no longer held by Server Error Lens or DevTools.',
      'Sent by Server Error Lens as try 1 of a Retry, not by the page.',
      'Body not readable: response.content.text is not text.',
    ]);
    expect(exported.bodiesIncomplete).toBe(3);
    expect((await rescan(exported.text)).entries).toHaveLength(4);
  });

  it('leaves every body out when asked', () => {
    const exported = exportHar([capturedDebugPage()], { includeCredentials: true, dropBodies: true, creatorVersion: '1' });
    const [harEntry] = JSON.parse(exported.text).log.entries;
    expect(harEntry.response.content.text).toBeUndefined();
    expect(harEntry.request.postData).toBeUndefined();
  });
});
