import type { Entry } from 'har-format';
import { describe, expect, it } from 'vitest';
import { toCapturedEntry } from '@/core/har/to-captured-entry';
import { entryIdentity } from '@/core/capture/entry-identity';

function harEntry(overrides: Partial<Entry['response']> = {}, extra: object = {}): Entry {
  return {
    startedDateTime: '2026-11-25T10:00:00.000Z',
    time: 12.5,
    request: { method: 'GET', url: 'http://127.0.0.1:8080/api/crash', httpVersion: 'HTTP/1.1', headers: [{ name: 'Accept', value: '*/*' }], cookies: [], queryString: [], headersSize: -1, bodySize: 0 },
    response: { status: 500, statusText: 'Internal Server Error', httpVersion: 'HTTP/1.1', headers: [{ name: 'Content-Type', value: 'text/plain' }], cookies: [], content: { size: 321, mimeType: 'text/plain' }, redirectURL: '', headersSize: -1, bodySize: 300, ...overrides },
    cache: {},
    timings: { send: 0, wait: 10, receive: 2.5 },
    ...extra,
  };
}

describe('toCapturedEntry', () => {
  it('keeps what the panel shows and prefers Chrome’s transfer size', () => {
    const entry = toCapturedEntry(harEntry({ _transferSize: 512 } as object, { _resourceType: 'fetch' }));
    expect(entry).toMatchObject({ method: 'GET', status: 500, statusText: 'Internal Server Error', mimeType: 'text/plain', resourceType: 'fetch', size: 512, time: 12.5 });
    expect(entry.responseHeaders).toEqual([{ name: 'Content-Type', value: 'text/plain' }]);
  });

  it('falls back to body size, then content size, then unknown', () => {
    expect(toCapturedEntry(harEntry()).size).toBe(300);
    expect(toCapturedEntry(harEntry({ bodySize: -1 })).size).toBe(321);
    expect(toCapturedEntry(harEntry({ bodySize: -1, content: { size: -1, mimeType: '' } })).size).toBe(-1);
  });

  it('gives a live event and its getHAR() twin the same identity, and different requests different ones', () => {
    expect(entryIdentity(harEntry())).toBe(entryIdentity(structuredClone(harEntry())));
    expect(entryIdentity(harEntry())).not.toBe(entryIdentity({ ...harEntry(), startedDateTime: '2026-11-25T10:00:00.001Z' }));
    expect(entryIdentity(harEntry({}, { _requestId: '42.7' }))).toBe('rid:42.7');
  });
});
