import { describe, expect, it, vi } from 'vitest';
import type { CapturedEntry } from '@/core/capture/captured-entry';
import { CaptureStore, MAX_RETAINED_BODY_CHARS } from '@/core/store/capture-store';
import { badgeText } from '@/core/badge/badge-text';
import { statusClass } from '@/core/status/status-class';

const OPENED_AT = Date.parse('2026-12-01T10:00:00.000Z');
let sequence = 0;
/** Each new entry starts 10 ms after the one before, as a page's requests do. */
function entry(status: number, url = `http://site.test/r${sequence}`, resourceType = 'fetch', requestHeaders: CapturedEntry['requestHeaders'] = []): CapturedEntry {
  sequence++;
  const startedDateTime = new Date(OPENED_AT + sequence * 10).toISOString();
  return { id: `id-${sequence}`, startedDateTime, method: 'GET', url, status, statusText: '', mimeType: 'text/plain', resourceType, size: 0, time: 0, requestHeaders, responseHeaders: [] };
}
const newStore = <Analysis = null>() => new CaptureStore<Analysis>(OPENED_AT);
const ids = <Analysis>(store: CaptureStore<Analysis>) => store.list().map((stored) => stored.entry.id);
const body = (text: string) => ({ text, truncated: false, byteLength: text.length, binary: false });

describe('CaptureStore', () => {
  it('counts server errors only, and counts each request once even when backfill repeats it', () => {
    const store = newStore();
    const crash = entry(500);
    for (const e of [entry(200), entry(404), crash, entry(502), entry(503), entry(599), entry(600)]) store.add(e);
    expect(store.add({ ...crash })).toBeUndefined();
    expect(store.size).toBe(7);
    expect(store.serverErrorCount).toBe(4);
  });

  it('starts over on navigation but keeps the new document and what came after it', () => {
    const store = newStore();
    store.add(entry(500, 'http://site.test/old'));
    const newDocument = entry(200, 'http://site.test/new', 'document');
    store.add(newDocument);
    store.add(entry(502));
    store.navigated('http://site.test/new');
    expect(ids(store)).toEqual([newDocument.id, `id-${sequence}`]);
    expect(store.serverErrorCount).toBe(1);
  });

  it('clears everything on navigation when the new document has not arrived yet', () => {
    const store = newStore();
    store.add(entry(500));
    store.navigated('http://site.test/elsewhere');
    expect(store.size).toBe(0);
    expect(store.serverErrorCount).toBe(0);
  });

  it('keeps everything across navigation with Preserve log', () => {
    const store = newStore();
    store.preserveLog = true;
    store.add(entry(500));
    store.navigated('http://site.test/elsewhere');
    expect(store.serverErrorCount).toBe(1);
  });

  it('tells subscribers what changed', () => {
    const store = newStore<string>();
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
    const store = newStore<string>();
    const crash = entry(500);
    store.add(crash);
    store.clear();
    store.attachAnalysis(crash.id, body('late'), 'late');
    expect(store.get(crash.id)).toBeUndefined();
  });

  it('drops the oldest bodies past the memory budget but keeps their analysis', () => {
    const store = newStore<string>();
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
    const store = newStore();
    store.add(entry(500, 'http://site.test/old'));
    const newDocument = entry(200, 'http://site.test/new', 'document');
    store.add(newDocument);
    const seen: string[][] = [];
    store.subscribe((change) => seen.push([change.kind, ...store.list().map((stored) => stored.entry.id)]));
    store.navigated('http://site.test/new');
    expect(seen).toEqual([['reset', newDocument.id]]);
  });
});

describe('CaptureStore navigation, in both browsers\' orders', () => {
  const page = 'http://site.test/page';
  type Order = 'navigation first (Chrome)' | 'document first (Firefox)';
  /** One load of `page`, its navigation event where `order` puts it: the ids of its entries. */
  function load(store: CaptureStore<null>, order: Order, documentEntry = entry(200, page, 'document')): string[] {
    if (order === 'navigation first (Chrome)') store.navigated(page);
    store.add(documentEntry);
    if (order === 'document first (Firefox)') store.navigated(page);
    const rest = [entry(500), entry(502), entry(503), entry(200)];
    for (const e of rest) store.add(e);
    return [documentEntry, ...rest].map((e) => e.id);
  }
  const orders: Order[] = ['navigation first (Chrome)', 'document first (Firefox)'];

  it.each(orders)('a reload keeps only the new load: %s', (order) => {
    const store = newStore();
    load(store, order);
    const second = load(store, order);
    expect(ids(store)).toEqual(second);
    expect(store.serverErrorCount).toBe(3);
  });

  it.each(orders)('going to another page keeps only that page: %s', (order) => {
    const store = newStore();
    load(store, order);
    const other = entry(200, 'http://site.test/other', 'document');
    if (order === 'navigation first (Chrome)') store.navigated(other.url);
    store.add(other);
    if (order === 'document first (Firefox)') store.navigated(other.url);
    expect(ids(store)).toEqual([other.id]);
    expect(store.serverErrorCount).toBe(0);
  });

  it('a reload of a page loaded before capture began starts over too', () => {
    const store = newStore();
    const before = { ...entry(200, page, 'document'), startedDateTime: new Date(OPENED_AT - 5000).toISOString() };
    store.add(before);
    store.add(entry(500));
    store.navigated(page);
    expect(store.size).toBe(0);
  });

  it.each([
    ['Sec-Fetch-Dest: document', [{ name: 'Sec-Fetch-Dest', value: 'document' }]],
    ['the URL alone (no Sec-Fetch-Dest on plain http)', []],
  ])('recognises Firefox documents, which carry no resource type, by %s', (_how, headers) => {
    const store = newStore();
    load(store, 'document first (Firefox)', entry(200, page, '', headers));
    const second = load(store, 'document first (Firefox)', entry(200, page, '', headers));
    expect(ids(store)).toEqual(second);
  });

  it('does not take a fetch of the page URL for its document', () => {
    const store = newStore();
    load(store, 'document first (Firefox)');
    store.add(entry(200, page, '', [{ name: 'Sec-Fetch-Dest', value: 'empty' }]));
    store.navigated(page);
    expect(store.size).toBe(0);
  });

  it('drops a request of the old page that finished after the navigation, once the new document is in', () => {
    const store = newStore();
    load(store, 'navigation first (Chrome)');
    const straggler = entry(500);
    store.navigated(page);
    const newDocument = entry(200, page, 'document');
    store.add(straggler);
    expect(store.serverErrorCount).toBe(1);
    store.add(newDocument);
    expect(ids(store)).toEqual([newDocument.id]);
    expect(store.serverErrorCount).toBe(0);
  });

  it.each(orders)('with Preserve log keeps both loads, and the next reload without it keeps only the latest: %s', (order) => {
    const store = newStore();
    store.preserveLog = true;
    load(store, order);
    load(store, order);
    expect(store.serverErrorCount).toBe(6);
    store.preserveLog = false;
    const third = load(store, order);
    expect(ids(store)).toEqual(third);
  });
});
