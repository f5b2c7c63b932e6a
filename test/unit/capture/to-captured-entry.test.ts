import type { Entry } from 'har-format';
import { describe, expect, it } from 'vitest';
import { toCapturedEntry } from '@/core/har/to-captured-entry';
import { EntryIdentities, entryKey } from '@/core/capture/entry-identity';

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
    const entry = toCapturedEntry(harEntry({ _transferSize: 512 } as object, { _resourceType: 'fetch' }), 'id-1');
    expect(entry).toMatchObject({ method: 'GET', status: 500, statusText: 'Internal Server Error', mimeType: 'text/plain', resourceType: 'fetch', size: 512, time: 12.5 });
    expect(entry.responseHeaders).toEqual([{ name: 'Content-Type', value: 'text/plain' }]);
  });

  it('falls back to body size, then content size, then unknown', () => {
    expect(toCapturedEntry(harEntry(), 'id').size).toBe(300);
    expect(toCapturedEntry(harEntry({ bodySize: -1 }), 'id').size).toBe(321);
    expect(toCapturedEntry(harEntry({ bodySize: -1, content: { size: -1, mimeType: '' } }), 'id').size).toBe(-1);
  });

});

describe('EntryIdentities', () => {
  it('gives a live event and its getHAR() twin the same key, and different requests different ones', () => {
    expect(entryKey(harEntry())).toBe(entryKey(structuredClone(harEntry())));
    expect(entryKey(harEntry())).not.toBe(entryKey({ ...harEntry(), startedDateTime: '2026-11-25T10:00:00.001Z' }));
    expect(entryKey(harEntry({}, { _requestId: '42.7' }))).toBe('rid:42.7');
  });

  it('never gives two identical live requests one id', () => {
    const identities = new EntryIdentities();
    const ids = Array.from({ length: 20 }, () => identities.idFor(harEntry(), 'live'));
    expect(new Set(ids).size).toBe(20);
  });

  it('pairs the nth identical request of the backfill with the nth of the live events, in either order', () => {
    const identities = new EntryIdentities();
    const live = [identities.idFor(harEntry(), 'live'), identities.idFor(harEntry(), 'live')];
    const backfill = [0, 1, 2].map(() => identities.idFor(harEntry(), 'backfill'));
    expect(backfill.slice(0, 2)).toEqual(live);
    expect(new Set([...live, ...backfill]).size).toBe(3);
  });
});
