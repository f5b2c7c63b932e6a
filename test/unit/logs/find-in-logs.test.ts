import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { logSearches, timeWindow } from '../../../core/logs/log-searches';
import { shellQuote } from '../../../core/text/shell-quote';
import { failuresSharingIds, findRequestIds } from '../../../core/logs/request-ids';
import { scannableFixture } from '../../fixtures/labelled-fixtures';

const h = (name: string, value: string) => ({ name, value });

describe('findRequestIds', () => {
  it('labels the ids of common servers, proxies, CDNs and tracers, and unpacks trace headers', () => {
    const ids = findRequestIds(
      [
        h('X-Request-Id', '6f9619ff-8b86-4011-b42d-00cf4fc964ff'),
        h('traceparent', '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'),
        h('CF-Ray', '8c2f1a6b9d7e2f3a-FRA'),
        h('X-Amzn-Trace-Id', 'Root=1-67891233-abcdef012345678912345678;Parent=53995c3f42cd8ad8;Sampled=1'),
        h('Content-Type', 'application/json'),
      ],
      null,
    );
    expect(ids.map(({ source, traceId, parentSpanId }) => [source, traceId, parentSpanId])).toEqual([
      ['X-Request-Id', undefined, undefined],
      ['traceparent', '4bf92f3577b34da6a3ce929d0e0e4736', '00f067aa0ba902b7'],
      ['CF-Ray', undefined, undefined],
      ['X-Amzn-Trace-Id', '1-67891233-abcdef012345678912345678', undefined],
    ]);
    expect(ids.find((id) => id.source === 'CF-Ray')!.writtenBy).toMatch(/Cloudflare/);
  });

  it('finds ids in JSON error bodies (ASP.NET Core ProblemDetails traceId, nested request_id), each once', () => {
    const problem = '{"type":"https://tools.ietf.org/html/rfc9110#section-15.6.1","title":"An error occurred","status":500,"traceId":"00-84c1fd4063c38d9f3900d06e56542d48-85d1d4-00"}';
    expect(findRequestIds([], problem).map(({ source, value }) => [source, value])).toEqual([['body: traceId', '00-84c1fd4063c38d9f3900d06e56542d48-85d1d4-00']]);
    expect(findRequestIds([h('X-Request-Id', 'abc-123-def')], '{"error":{"request_id":"abc-123-def","message":"boom"}}')).toHaveLength(1);
    expect(findRequestIds([], '{"requestId":"has spaces in it"}')).toEqual([]);
    expect(findRequestIds([], '<html>traceId</html>')).toEqual([]);
  });
});

describe('findRequestIds on responses captured from real servers (scripts/fixtures/)', () => {
  const captured = (path: string) => scannableFixture(`responses/${path}.json`);
  const headerValue = (path: string, name: string) => captured(path).headers.find((header) => header.name.toLowerCase() === name)!.value;
  const ids = (path: string) => {
    const { headers, body } = captured(path);
    return findRequestIds(headers, body).map(({ source, value, traceId }) => ({ source, value, traceId }));
  };

  it.each([
    ['nginx/request-id-closed-upstream-502', 'X-Request-Id'], // nginx's own 502 page, add_header … $request_id always
    ['rails/uncaught-exception-prod', 'X-Request-Id'], // ActionDispatch::RequestId
    ['node/express-request-id-uncaught-exception-prod', 'X-Request-Id'], // express-request-id middleware
    ['haproxy/request-id-closed-port-503', 'x-request-id'], // HAProxy unique-id-format on its own 503
    ['haproxy/request-id-relayed-app-500', 'x-request-id'],
  ])('%s: the id header as sent', (path, header) => {
    expect(ids(path)).toEqual([{ source: header, value: headerValue(path, header.toLowerCase()), traceId: undefined }]);
  });

  it('counts an id once when the app also quotes it in its JSON error body', () => {
    for (const path of ['nginx/request-id-relayed-app-json-500', 'node/express-request-id-json-error-prod']) {
      const { body } = captured(path);
      const value = headerValue(path, 'x-request-id');
      expect(body, path).toContain(value);
      expect(ids(path), path).toEqual([{ source: 'X-Request-Id', value, traceId: undefined }]);
    }
  });

  it('unpacks the trace id of a traceparent written by OpenTelemetry’s W3C propagator', () => {
    const value = headerValue('node/express-request-id-otel-traceparent-prod', 'traceparent');
    expect(ids('node/express-request-id-otel-traceparent-prod')).toEqual([{ source: 'traceparent', value, traceId: value.split('-')[1] }]);
  });

  it('searches the logs by that id, quoted for the shell', () => {
    const path = 'haproxy/request-id-closed-port-503';
    const { headers, status } = captured(path);
    const id = headerValue(path, 'x-request-id');
    const searches = logSearches({ method: 'GET', url: captured(path).url, status, startedDateTime: '2026-12-02T05:00:00.000Z', ids: findRequestIds(headers, null) });
    expect(searches.find((search) => search.where.startsWith('any log file'))!.command).toBe(`grep -rF '${id}' /var/log/`);
  });
});

describe('failuresSharingIds', () => {
  it('groups the other failures that carry the same id', () => {
    const correlation = h('X-Correlation-Id', 'corr-42-aa');
    const failures = [
      { id: 'a', responseHeaders: [correlation, h('X-Request-Id', 'req-1')] },
      { id: 'b', responseHeaders: [correlation, h('X-Request-Id', 'req-2')] },
      { id: 'c', responseHeaders: [h('X-Request-Id', 'req-3')] },
    ];
    const shared = failuresSharingIds(findRequestIds(failures[0]!.responseHeaders, null), 'a', failures);
    expect([...shared].map(([value, others]) => [value, others.map((other) => other.id)])).toEqual([['corr-42-aa', ['b']]]);
  });
});

describe('logSearches', () => {
  const failure = {
    method: 'GET',
    url: 'https://shop.test/api/orders/42?token=SECRET-TOKEN-VALUE',
    status: 500,
    startedDateTime: '2026-12-02T10:15:30.250Z',
    serverDate: 'Wed, 02 Dec 2026 10:15:31 GMT',
    ids: findRequestIds([h('X-Request-Id', 'req-7f3a9c')], null),
  };

  it('searches around the server clock, ±1 minute', () => {
    expect(timeWindow(failure)).toMatchObject({ basis: 'server Date header', from: new Date('2026-12-02T10:14:31Z'), until: new Date('2026-12-02T10:16:31Z') });
    expect(timeWindow({ startedDateTime: failure.startedDateTime })).toMatchObject({ basis: 'request start' });
  });

  it('builds searches from method, path, status, time and id — never the query string', () => {
    const searches = logSearches(failure);
    const commands = searches.map((search) => search.command).join('\n');
    expect(commands).not.toContain('SECRET-TOKEN-VALUE');
    expect(commands).not.toContain('token=');
    expect(searches.find((search) => search.where.startsWith('nginx'))!.command).toBe(`zgrep -hF '"GET /api/orders/42' /var/log/nginx/access.log* | grep -F '" 500 '`);
    expect(searches.find((search) => search.where.startsWith('systemd'))!.command).toBe(`journalctl --utc --since '2026-12-02 10:14:31' --until '2026-12-02 10:16:31' | grep -F 'req-7f3a9c'`);
    expect(searches.find((search) => search.where.startsWith('Kubernetes'))!.command).toContain('--since-time=2026-12-02T10:14:31.000Z');
    expect(searches.find((search) => search.where.startsWith('Grafana'))!.command).toBe('{app="app"} |= "req-7f3a9c"');
    expect(searches.find((search) => search.where.startsWith('CloudWatch'))!.command).toContain('filter @message like "req-7f3a9c"');
  });

  it('quotes a hostile path so the shell runs nothing of it', () => {
    const path = "/x';touch${IFS}/tmp/pwned-sel;'`id`$(id)\\";
    const hostile = { ...failure, url: `https://shop.test${path}`, ids: [] };
    const pathname = new URL(hostile.url).pathname;
    for (const { command } of logSearches(hostile)) {
      if (!/^z?grep /.test(command)) continue;
      // grep and zgrep replaced by functions that print their arguments: the shell must pass the path as one.
      const printed = spawnSync('/bin/sh', ['-c', `zgrep() { printf '[%s]' "$@" >&2; }; grep() { printf '[%s]' "$@" >&2; }; ${command}`], { encoding: 'utf8' }).stderr;
      expect(printed).not.toMatch(/uid=/);
      expect(printed).toContain(pathname);
    }
    expect(execFileSync('/bin/sh', ['-c', `printf '%s' ${shellQuote(path)}`], { encoding: 'utf8' })).toBe(path);
    const kql = logSearches(hostile).find((search) => search.where.startsWith('Elasticsearch'))!.command;
    expect(kql).toMatch(/^url\.path : "(?:[^"\\]|\\.)*" and /);
  });
});
