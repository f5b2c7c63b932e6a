import { describe, expect, it } from 'vitest';
import { finished, har, startFakeSession } from './fake-devtools';

describe('Export HAR', () => {
  it('exports every request with the bodies DevTools holds, success responses too, redacted unless asked', async () => {
    const fake = startFakeSession();
    fake.answerBackfill([]);
    const failing = har({ url: 'http://site.test/api/orders?access_token=QUERY-SECRET', status: 500 });
    failing.request.headers = [{ name: 'Authorization', value: 'Bearer HEADER-SECRET' }];
    fake.finish(
      finished(failing, { content: 'connect failed: postgres://shop:BODY-SECRET@10.0.0.5:5432/shop', encoding: undefined }),
      finished(har({ url: 'http://site.test/ok', status: 200 }), { content: 'all good here', encoding: undefined }),
    );
    await fake.settle();

    const exported = async (includeCredentials: boolean) => {
      fake.session.handlePanelMessage({ type: 'export-har', includeCredentials, dropBodies: false });
      await fake.settle();
      const message = fake.sent.filter((sent) => sent.type === 'har-export').at(-1);
      if (message?.type !== 'har-export') throw new Error('no export sent');
      return message;
    };
    const redacted = await exported(false);
    expect(redacted.entries).toBe(2);
    for (const secret of ['QUERY-SECRET', 'HEADER-SECRET', 'BODY-SECRET']) expect(redacted.text).not.toContain(secret);
    const entries = JSON.parse(redacted.text).log.entries as { response: { content: { text?: string } } }[];
    expect(entries.map((entry) => entry.response.content.text?.slice(0, 13))).toEqual(['connect faile', 'all good here']);

    const full = await exported(true);
    for (const secret of ['QUERY-SECRET', 'HEADER-SECRET', 'BODY-SECRET']) expect(full.text).toContain(secret);
  });
});

describe('Save JSON report', () => {
  it('reports the failing request with its findings, secrets masked and its URL redacted unless asked', async () => {
    const fake = startFakeSession();
    fake.answerBackfill([]);
    fake.finish(
      finished(har({ url: 'http://site.test/api/orders?access_token=QUERY-SECRET', status: 500 }), {
        content: 'connect failed: postgres://shop:BODY-SECRET@10.0.0.5:5432/shop',
        encoding: undefined,
      }),
      finished(har({ url: 'http://site.test/ok', status: 200 }), { content: 'all good here', encoding: undefined }),
    );
    await fake.settle();

    const reported = async (includeCredentials: boolean) => {
      fake.session.handlePanelMessage({ type: 'export-report', includeCredentials });
      await fake.settle();
      const message = fake.sent.filter((sent) => sent.type === 'report-export').at(-1);
      if (message?.type !== 'report-export') throw new Error('no report sent');
      return message;
    };
    const redacted = await reported(false);
    expect(redacted.entries).toBe(1); // the command line's default: 4xx and 5xx only
    expect(redacted.findings).toBeGreaterThan(0);
    for (const secret of ['QUERY-SECRET', 'BODY-SECRET']) expect(redacted.text).not.toContain(secret);
    const categories = (JSON.parse(redacted.text) as { entries: { leaks: { category: string }[] }[] }).entries[0]!.leaks.map((leak) => leak.category);
    expect(categories).toEqual(expect.arrayContaining(['secret', 'internal-address']));

    const full = await reported(true);
    expect(full.text).toContain('QUERY-SECRET');
    expect(full.text).not.toContain('BODY-SECRET');
  });
});

describe('Search bodies', () => {
  it('answers with the ids whose held body has each free-text term', async () => {
    const fake = startFakeSession();
    fake.answerBackfill([]);
    fake.finish(
      finished(har({ url: 'http://site.test/api/a', status: 500 }), { content: 'Traceback: KeyError', encoding: undefined }),
      finished(har({ url: 'http://site.test/api/b', status: 200 }), { content: 'all good', encoding: undefined }),
    );
    await fake.settle();
    fake.session.handlePanelMessage({ type: 'search-bodies', query: 'status:5xx keyerror' });
    const answer = fake.sent.filter((message) => message.type === 'body-search').at(-1);
    const ids = fake.panelRows().map((row) => row.entry.id);
    expect(answer).toEqual({ type: 'body-search', query: 'status:5xx keyerror', result: { matches: { keyerror: [ids[0]] }, searched: 2, notHeld: 0 } });
  });
});
