import { describe, expect, it, vi } from 'vitest';
import type { CapturedEntry } from '@/core/capture/captured-entry';
import { CaptureStore, MAX_RETAINED_BODY_CHARS } from '@/core/store/capture-store';
import { badgeText } from '@/core/badge/badge-text';
import { statusClass } from '@/core/status/status-class';

let sequence = 0;
function entry(status: number, url = `http://site.test/r${sequence}`, resourceType = 'fetch'): CapturedEntry {
  sequence++;
  return { id: `id-${sequence}`, startedDateTime: '', method: 'GET', url, status, statusText: '', mimeType: 'text/plain', resourceType, size: 0, time: 0, requestHeaders: [], responseHeaders: [] };
}
const body = (text: string) => ({ text, truncated: false, byteLength: text.length, binary: false });

describe('CaptureStore', () => {
  it('counts server errors only, and counts each request once even when backfill repeats it', () => {
    const store = new CaptureStore<null>();
    const crash = entry(500);
    for (const e of [entry(200), entry(404), crash, entry(502), entry(503), entry(599), entry(600)]) store.add(e);
    expect(store.add({ ...crash })).toBeUndefined();
    expect(store.size).toBe(7);
    expect(store.serverErrorCount).toBe(4);
  });

  it('starts over on navigation but keeps the new document and what came after it', () => {
    const store = new CaptureStore<null>();
    store.add(entry(500, 'http://site.test/old'));
    const newDocument = entry(200, 'http://site.test/new', 'document');
    store.add(newDocument);
    store.add(entry(502));
    store.navigated('http://site.test/new');
    expect(store.list().map((stored) => stored.entry.id)).toEqual([newDocument.id, `id-${sequence}`]);
    expect(store.serverErrorCount).toBe(1);
  });

  it('clears everything on navigation when the new document has not arrived yet', () => {
    const store = new CaptureStore<null>();
    store.add(entry(500));
    store.navigated('http://site.test/elsewhere');
    expect(store.size).toBe(0);
    expect(store.serverErrorCount).toBe(0);
  });

  it('keeps everything across navigation with Preserve log', () => {
    const store = new CaptureStore<null>();
    store.preserveLog = true;
    store.add(entry(500));
    store.navigated('http://site.test/elsewhere');
    expect(store.serverErrorCount).toBe(1);
  });

  it('tells subscribers what changed', () => {
    const store = new CaptureStore<string>();
    const listener = vi.fn();
    store.subscribe(listener);
    const crash = entry(500);
    store.add(crash);
    store.attachAnalysis(crash.id, body('boom'), 'analysed');
    store.clear();
    expect(listener.mock.calls.map(([change]) => change.kind)).toEqual(['added', 'analysed', 'reset']);
    expect(listener.mock.calls[1]![0].stored.analysis).toBe('analysed');
  });

  it('ignores a body that arrives after its entry was cleared', () => {
    const store = new CaptureStore<string>();
    const crash = entry(500);
    store.add(crash);
    store.clear();
    store.attachAnalysis(crash.id, body('late'), 'late');
    expect(store.get(crash.id)).toBeUndefined();
  });

  it('drops the oldest bodies past the memory budget but keeps their analysis', () => {
    const store = new CaptureStore<string>();
    const half = 'x'.repeat(MAX_RETAINED_BODY_CHARS / 2 + 1);
    const [first, second] = [entry(500), entry(500)];
    store.add(first);
    store.add(second);
    store.attachAnalysis(first.id, body(half), 'first');
    store.attachAnalysis(second.id, body(half), 'second');
    expect(store.get(first.id)).toMatchObject({ body: undefined, analysis: 'first' });
    expect(store.get(second.id)?.body?.text).toBe(half);
  });
});

describe('status classes and badge', () => {
  it.each([
    [0, 'no-response'], [101, 'informational'], [204, 'success'], [304, 'redirect'], [404, 'client-error'],
    [499, 'client-error'], [500, 'server-error'], [599, 'server-error'], [600, 'out-of-range'],
  ] as const)('%i is %s', (status, expected) => expect(statusClass(status)).toBe(expected));

  it.each([[0, ''], [1, '1'], [999, '999'], [1000, '999+']] as const)('badge for %i is "%s"', (count, text) =>
    expect(badgeText(count)).toBe(text),
  );
});

describe('CaptureStore navigation events', () => {
  it('announces a navigation as one reset, with the kept entries already in place', () => {
    const store = new CaptureStore<null>();
    store.add(entry(500, 'http://site.test/old'));
    const newDocument = entry(200, 'http://site.test/new', 'document');
    store.add(newDocument);
    const seen: string[][] = [];
    store.subscribe((change) => seen.push([change.kind, ...store.list().map((stored) => stored.entry.id)]));
    store.navigated('http://site.test/new');
    expect(seen).toEqual([['reset', newDocument.id]]);
  });
});
