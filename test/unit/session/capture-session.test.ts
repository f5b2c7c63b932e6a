import { describe, expect, it } from 'vitest';
import { analyzeEntry } from '@/core/analysis/entry-analysis';
import type { FinishedRequest } from '@/core/capture/finished-request';
import { finished, har, startFakeSession } from './fake-devtools';

const PAGE = 'http://site.test/page';
const TRACEBACK = 'Traceback (most recent call last):\n  File "/srv/shop/app/views.py", line 42, in checkout\n    order = Order.objects.get(id=order_id)\nKeyError: \'order\'\n';

/** One load of PAGE starting `at` ms after T0: its document, three 5xx and a success. */
function pageLoad(at: number): { document: FinishedRequest; rest: FinishedRequest[] } {
  return {
    document: finished(har({ url: PAGE, resourceType: 'document', startedAfter: at, mimeType: 'text/html' })),
    rest: [500, 502, 503, 200].map((status, i) => finished(har({ url: `http://site.test/api/${status}`, status, startedAfter: at + 10 + i }))),
  };
}

const statuses = (fake: ReturnType<typeof startFakeSession>) => fake.panelRows().map((row) => row.entry.status);

describe('capture session: navigation', () => {
  it.each([
    ['Chrome: navigation before the new document finished', 'navigation first'],
    ['Firefox: navigation after the new document finished', 'document first'],
  ] as const)('a reload resets list and badge to the new load (%s)', async (_name, order) => {
    const fake = startFakeSession();
    fake.answerBackfill([]);
    for (const at of [0, 1000]) {
      const load = pageLoad(at);
      if (order === 'navigation first') fake.navigate(PAGE);
      fake.finish(load.document);
      if (order === 'document first') fake.navigate(PAGE);
      fake.finish(...load.rest);
      await fake.settle();
    }
    expect(statuses(fake)).toEqual([200, 500, 502, 503, 200]);
    expect(fake.badgeCounts.at(-1)).toBe(3);
  });

  it('sends the badge again after every navigation, also with Preserve log and an unchanged count', async () => {
    const fake = startFakeSession();
    fake.answerBackfill([]);
    fake.session.handlePanelMessage({ type: 'set-preserve-log', value: true });
    fake.finish(finished(har({ status: 500, startedAfter: 5 })));
    await fake.settle();
    const before = fake.badgeCounts.length;
    fake.navigate(PAGE);
    await fake.settle();
    expect(fake.badgeCounts.slice(before)).toEqual([1]);
  });

  it('drops the old page from a getHAR() backfill that answers after a navigation', async () => {
    const fake = startFakeSession();
    fake.scheduler.time += 5000;
    fake.navigate(PAGE);
    const load = pageLoad(5100);
    fake.finish(load.document, ...load.rest);
    fake.answerBackfill([finished(har({ status: 500, startedAfter: 10 })), load.document]);
    await fake.settle();
    expect(statuses(fake)).toEqual([200, 500, 502, 503, 200]);
  });
});

describe('capture session: one row per request', () => {
  it('keeps 20 identical concurrent requests as 20 rows', async () => {
    const fake = startFakeSession();
    fake.answerBackfill([]);
    const same = () => finished(har({ url: 'http://site.test/same-500', status: 500, startedAfter: 7 }));
    fake.finish(...Array.from({ length: 20 }, same));
    await fake.settle();
    expect(fake.panelRows()).toHaveLength(20);
    expect(fake.badgeCounts.at(-1)).toBe(20);
  });

  it('removes the overlap of backfill and live events without merging identical requests', async () => {
    const fake = startFakeSession();
    const same = () => finished(har({ url: 'http://site.test/same-500', status: 500, startedAfter: 7 }));
    // 3 had finished before we listened (backfill only), 2 finished in between (both), 4 after (live only).
    fake.finish(...Array.from({ length: 6 }, same));
    fake.answerBackfill([...Array.from({ length: 5 }, same), finished(har({ url: 'http://site.test/other', startedAfter: 3 }))]);
    await fake.settle();
    expect(fake.panelRows().filter((row) => row.entry.url.endsWith('/same-500'))).toHaveLength(6);
    expect(fake.panelRows()).toHaveLength(7);
  });

  it('sends a burst of 1,000 finished requests as one rows message, the count right', async () => {
    const fake = startFakeSession();
    fake.answerBackfill([]);
    await fake.settle();
    const sentBefore = fake.sent.length;
    fake.finish(...Array.from({ length: 1000 }, (_, i) => finished(har({ url: `http://site.test/r${i}`, status: i % 3 === 0 ? 503 : 200, startedAfter: i }))));
    fake.scheduler.runDue();
    const rowMessages = fake.sent.slice(sentBefore).filter((message) => message.type === 'rows');
    expect(rowMessages).toHaveLength(1);
    expect(fake.panelRows()).toHaveLength(1000);
    expect(fake.badgeCounts.at(-1)).toBe(334);
  });
});

describe('capture session: bodies and analysis', () => {
  it('cuts a zero-filled body, scans the intact part, and says so on the row and in the report', async () => {
    const fake = startFakeSession({ analyse: (entry, body) => Promise.resolve(analyzeEntry(entry, body)) });
    fake.answerBackfill([]);
    const content = `<pre>${TRACEBACK}</pre>` + '\0'.repeat(5000);
    fake.finish(finished(har({ status: 500, mimeType: 'text/html', startedAfter: 1 }), { content, encoding: undefined }));
    await fake.settle();
    const [row] = fake.panelRows();
    expect(row!.notice).toMatch(/damaged/);
    expect(row!.leakCount).toBeGreaterThan(0);
    fake.session.handlePanelMessage({ type: 'get-detail', id: row!.entry.id });
    await fake.settle();
    const detail = fake.sent.findLast((message) => message.type === 'detail');
    expect(detail).toMatchObject({ detail: { body: { damage: { kind: 'zero-filled' } }, analysis: { leaks: { partial: true } } } });
  });

  it('scans an error body that sniffs as binary', async () => {
    const fake = startFakeSession({ analyse: (entry, body) => Promise.resolve(analyzeEntry(entry, body)) });
    fake.answerBackfill([]);
    const content = Buffer.concat([Buffer.from([0, 1, 2, 3]), Buffer.from(TRACEBACK)]).toString('base64');
    fake.finish(finished(har({ status: 500, mimeType: 'application/octet-stream', startedAfter: 1 }), { content, encoding: 'base64' }));
    await fake.settle();
    expect(fake.panelRows()[0]!.leakCount).toBeGreaterThan(0);
  });

  it('says a body the browser lost is missing instead of empty', async () => {
    const fake = startFakeSession();
    fake.answerBackfill([]);
    const entry = har({ status: 500, startedAfter: 1 });
    entry.response.content.size = 12_000_000;
    fake.finish(finished(entry, { content: undefined, encoding: undefined }));
    await fake.settle();
    fake.session.handlePanelMessage({ type: 'get-detail', id: fake.panelRows()[0]!.entry.id });
    await fake.settle();
    expect(fake.sent.findLast((message) => message.type === 'detail')).toMatchObject({ detail: { body: { damage: { kind: 'short' } } } });
  });

  it('turns a failed analysis into the entry\'s visible failure, and analyses the next entries', async () => {
    let calls = 0;
    const fake = startFakeSession({
      analyse: (entry, body) => (++calls === 1 ? Promise.reject(new Error('the analysis worker failed')) : Promise.resolve(analyzeEntry(entry, body))),
    });
    fake.answerBackfill([]);
    fake.finish(finished(har({ status: 500, startedAfter: 1 }), { content: TRACEBACK, encoding: undefined }));
    await fake.settle();
    fake.finish(finished(har({ status: 500, url: 'http://site.test/second', startedAfter: 2 }), { content: TRACEBACK, encoding: undefined }));
    await fake.settle();
    const [failed, analysed] = fake.panelRows();
    expect(failed!.notice).toBe('not analysed');
    expect(analysed!.leakCount).toBeGreaterThan(0);
    fake.session.handlePanelMessage({ type: 'get-detail', id: failed!.entry.id });
    await fake.settle();
    expect(fake.sent.findLast((message) => message.type === 'detail')).toMatchObject({
      detail: { analysis: { failure: expect.stringContaining('the analysis worker failed'), leaks: { partial: true } } },
    });
  });
});

describe('capture session: diagnosis', () => {
  it('diagnoses each burst of requests right after its rows, never waiting on a timer', async () => {
    // Chrome aligns timers of the hidden DevTools page to whole seconds: a diagnosis behind one
    // reached the banner up to a second after the row (bench:panel, p95 943 ms).
    const fake = startFakeSession();
    fake.answerBackfill([]);
    const failingRequests = () => fake.sent.findLast((message) => message.type === 'diagnosis')?.diagnosis.origins[0]?.failingRequests;
    fake.finish(finished(har({ status: 500, startedAfter: 1 })));
    await fake.settle();
    expect(failingRequests()).toBe(1);
    fake.finish(finished(har({ status: 502, url: 'http://site.test/b', startedAfter: 2 })));
    await fake.settle();
    expect(failingRequests()).toBe(2);
  });
});
