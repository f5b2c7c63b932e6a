import { describe, expect, it } from 'vitest';
import type { Entry } from 'har-format';
import { retryVerdict, verdictText } from '@/core/retry/retry-outcome';
import { pageFetchCode } from '@/core/retry/page-fetch-code';
import { retryPlan } from '@/core/retry/retry-plan';
import type { CapturedEntry } from '@/core/capture/captured-entry';
import { finished, har, startFakeSession } from './fake-devtools';

const URL_ = 'http://site.test/api/orders';

/** A request as the page sent it: PUT with a body, page-set and browser-set headers. */
function pageRequest(status: number): Entry {
  const entry = har({ url: URL_, status });
  entry.request.method = 'PUT';
  entry.request.headers = [
    { name: 'Content-Type', value: 'application/json' },
    { name: 'X-CSRF-Token', value: 'csrf-1' },
    { name: 'Cookie', value: 'session=abc' },
    { name: 'Sec-Fetch-Mode', value: 'cors' },
    { name: ':authority', value: 'site.test' },
  ];
  entry.request.postData = { mimeType: 'application/json', text: '{"qty":2}' };
  return entry;
}
const answer = (status: number) => finished(pageRequest(status));

async function failedOnce() {
  const fake = startFakeSession();
  fake.answerBackfill([]);
  fake.finish(answer(500));
  await fake.settle();
  const original = fake.panelRows()[0]!.entry;
  return { fake, original, row: () => fake.panelRows().find((row) => row.entry.id === original.id)! };
}

describe('Retry', () => {
  it('sends the request again from the page, the headers a page may set and the body, then backs off between tries', async () => {
    const { fake, original } = await failedOnce();
    fake.session.handlePanelMessage({ type: 'retry', id: original.id, tries: 3 });
    expect(fake.pageRequests).toEqual([
      { method: 'PUT', url: URL_, headers: [['Content-Type', 'application/json'], ['X-CSRF-Token', 'csrf-1']], body: '{"qty":2}' },
    ]);
    fake.finish(answer(500));
    await fake.settle();
    fake.scheduler.advance(999);
    expect(fake.pageRequests).toHaveLength(1);
    fake.scheduler.advance(1);
    expect(fake.pageRequests).toHaveLength(2);
  });

  it('says persistent after every try failed; the tries are listed as ours and never counted on the badge or in the diagnosis', async () => {
    const { fake, original, row } = await failedOnce();
    fake.session.handlePanelMessage({ type: 'retry', id: original.id, tries: 3 });
    for (const wait of [1000, 2000]) {
      fake.finish(answer(500));
      await fake.settle();
      fake.scheduler.advance(wait);
    }
    fake.finish(answer(503));
    await fake.settle();
    fake.scheduler.advance(60_000);

    expect(fake.pageRequests).toHaveLength(3);
    expect(row().retry).toMatchObject({ planned: 3, running: false, tries: [{ attempt: 1, status: 500 }, { attempt: 2, status: 500 }, { attempt: 3, status: 503 }] });
    expect(verdictText(retryVerdict(row().retry!)!)).toBe('persistent: failed 3 of 3');
    const tries = fake.panelRows().filter((other) => other.entry.retryOf);
    expect(tries.map((other) => other.entry.retryOf)).toEqual([1, 2, 3].map((attempt) => ({ originalId: original.id, attempt })));
    expect(fake.badgeCounts.at(-1)).toBe(1);
    const diagnosis = fake.sent.filter((message) => message.type === 'diagnosis').at(-1);
    expect(diagnosis?.type === 'diagnosis' && diagnosis.diagnosis.failingEntries.map((failure) => failure.id)).toEqual([original.id]);
  });

  it('says transient and stops at the first try that does not fail', async () => {
    const { fake, original, row } = await failedOnce();
    fake.session.handlePanelMessage({ type: 'retry', id: original.id, tries: 3 });
    fake.finish(answer(502));
    await fake.settle();
    fake.scheduler.advance(1000);
    fake.finish(answer(200));
    await fake.settle();
    fake.scheduler.advance(60_000);
    expect(fake.pageRequests).toHaveLength(2);
    expect(verdictText(retryVerdict(row().retry!)!)).toBe('transient: succeeded on try 2');
  });

  it('counts a try whose response never comes as failed with no response, after the timeout', async () => {
    const { fake, original, row } = await failedOnce();
    fake.session.handlePanelMessage({ type: 'retry', id: original.id, tries: 1 });
    fake.scheduler.advance(29_999);
    expect(row().retry!.running).toBe(true);
    fake.scheduler.advance(1);
    expect(row().retry).toMatchObject({ running: false, tries: [{ attempt: 1, status: 0 }] });
    // The page's own request to that URL afterwards is the page's again: listed and counted.
    fake.finish(answer(500));
    await fake.settle();
    expect(fake.panelRows().filter((other) => !other.entry.retryOf)).toHaveLength(2);
    expect(fake.badgeCounts.at(-1)).toBe(2);
  });

  it('stops when asked, and a page that could not send the request makes that try fail at once', async () => {
    const { fake, original, row } = await failedOnce();
    fake.session.handlePanelMessage({ type: 'retry', id: original.id, tries: 3 });
    fake.session.handlePanelMessage({ type: 'stop-retry', id: original.id });
    fake.scheduler.advance(60_000);
    expect(fake.pageRequests).toHaveLength(1);
    expect(row().retry).toMatchObject({ running: false, stopped: true, tries: [] });

    const refused = startFakeSession({ inspectedPage: { send: () => Promise.reject(new Error('no page')) } });
    refused.answerBackfill([]);
    refused.finish(answer(500));
    await refused.settle();
    const id = refused.panelRows()[0]!.entry.id;
    refused.session.handlePanelMessage({ type: 'retry', id, tries: 1 });
    await refused.settle();
    expect(refused.panelRows()[0]!.retry).toMatchObject({ running: false, tries: [{ attempt: 1, status: 0 }] });
  });
});

describe('pageFetchCode', () => {
  it('evaluates to a fetch of exactly the request, whatever its strings hold', () => {
    const hostile = '"); alert(1); ("\u2028</script>${x}`';
    const calls: unknown[][] = [];
    const result: unknown = new Function('fetch', `return ${pageFetchCode({ method: 'PUT', url: `http://site.test/${hostile}`, headers: [['X-Note', hostile]], body: hostile })}`)(
      (...args: unknown[]) => (calls.push(args), Promise.resolve({ arrayBuffer: () => Promise.resolve(new ArrayBuffer(0)) })),
    );
    expect(result).toBeUndefined();
    expect(calls).toEqual([[`http://site.test/${hostile}`, { method: 'PUT', headers: [['X-Note', hostile]], credentials: 'include', cache: 'no-store', body: hostile }]]);
  });
});

describe('retryPlan', () => {
  it('says when the request had a body the capture holds no text of, instead of re-sending it silently without', () => {
    const entry = { method: 'POST', url: URL_, requestHeaders: [], requestBody: { mimeType: 'multipart/form-data', length: 0 } } as unknown as CapturedEntry;
    expect(retryPlan(entry)).toEqual({ request: { method: 'POST', url: URL_, headers: [] }, differences: ['sent without its body, of which the capture holds no text'] });
    const long = { ...entry, requestBody: { mimeType: 'text/plain', length: 90_000 } };
    expect(retryPlan(long).differences).toEqual(['sent without its 90,000-character body, which was too long to keep']);
  });
});
