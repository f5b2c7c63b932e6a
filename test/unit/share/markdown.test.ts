import { describe, expect, it } from 'vitest';
import { analyzeEntry } from '../../../core/analysis/entry-analysis';
import type { CapturedEntry } from '../../../core/capture/captured-entry';
import { diagnoseCapture } from '../../../core/diagnosis/diagnose-capture';
import { findRequestIds } from '../../../core/logs/request-ids';
import { diagnosisMarkdown } from '../../../core/share/diagnosis-markdown';
import { failureMarkdown } from '../../../core/share/failure-markdown';
import { explainStatus } from '../../../core/status-knowledge/explain-status';
import { scannableFixture } from '../../fixtures/labelled-fixtures';

function captured(path: string, overrides: Partial<CapturedEntry> = {}): { entry: CapturedEntry; body: string } {
  const response = scannableFixture(path);
  const entry: CapturedEntry = {
    id: 'e1',
    startedDateTime: '2026-12-02T10:15:30.250Z',
    method: 'GET',
    url: response.url,
    status: response.status,
    statusText: 'Internal Server Error',
    mimeType: response.mimeType,
    resourceType: 'fetch',
    size: response.body?.length ?? 0,
    time: 42,
    requestHeaders: [
      { name: 'Authorization', value: 'Bearer REQUEST-SECRET' },
      { name: 'Cookie', value: 'sessionid=COOKIE-SECRET' },
      { name: 'Accept', value: 'text/html' },
    ],
    responseHeaders: response.headers,
    ...overrides,
  };
  return { entry, body: response.body ?? '' };
}

function shared(path: string, overrides: Partial<CapturedEntry> = {}): string {
  const { entry, body } = captured(path, overrides);
  const analysis = analyzeEntry(entry, { text: body, truncated: false, byteLength: body.length, binary: false });
  return failureMarkdown({ entry, explanation: explainStatus(entry.status), analysis, ids: findRequestIds(entry.responseHeaders, body) });
}

describe('failureMarkdown', () => {
  it('describes a captured Django debug page: status, causes, leaks, the fix — and no secret', () => {
    const markdown = shared('responses/django/database-refused-debug.json', { url: 'http://127.0.0.1:18481/orders?access_token=URL-SECRET' });
    expect(markdown).toMatch(/^### 500 Internal Server Error: <code>GET http:\/\/127\.0\.0\.1:18481\/orders\?access&#95;token=%5Bredacted%5D<\/code>/);
    expect(markdown).toContain('RFC 9110 §15.6.1');
    expect(markdown).toContain('#### Likely causes, ranked by this response');
    expect(markdown).toMatch(/#### Leaks \(\d+\)/);
    expect(markdown).toContain('- **Django:** <code>DEBUG = False in settings.py</code>');
    for (const secret of ['fixture-db-password', 'REQUEST-SECRET', 'COOKIE-SECRET', 'URL-SECRET']) expect(markdown).not.toContain(secret);
    expect(markdown).toContain('<code>Authorization: &#91;redacted&#93;</code>');
  });

  it('lists the request ids a captured response carries', () => {
    const markdown = shared('responses/nginx/request-id-closed-upstream-502.json');
    const id = scannableFixture('responses/nginx/request-id-closed-upstream-502.json').headers.find((header) => header.name === 'X-Request-Id')!.value;
    expect(markdown).toContain(`- **X-Request-Id:** <code>${id}</code>`);
    expect(markdown).toContain('- **Answered by:** a gateway or proxy in front of the application (nginx)');
  });

  it('lets nothing in the response format, link or hide text', () => {
    const hostile = 'boom [click](javascript:alert(1)) <img src=x onerror=alert(1)> | `code` **bold** \u202Egnp.exe\n# heading';
    const entry: CapturedEntry = { ...captured('responses/flask/uncaught-exception-debug.json').entry, url: `https://shop.test/${encodeURIComponent('[x](y)')}`, responseHeaders: [{ name: 'X-Note', value: hostile }] };
    const markdown = failureMarkdown({ entry, explanation: explainStatus(500), ids: [{ source: hostile, value: hostile, writtenBy: hostile }] });
    expect(markdown).not.toMatch(/<img|\]\(|\*\*bold|`code`|\u202E|\n# heading/);
    expect(markdown).toContain('&#92;u202e');
    expect(markdown).toContain('_The response body was not analysed yet');
  });
});

describe('diagnosisMarkdown', () => {
  it('says which routes fail, who answered, and what retries proved', () => {
    const failures = ['/api/orders', '/api/cart', '/api/users'].map((path, index) => ({
      id: String(index),
      method: 'GET',
      url: `https://shop.test${path}?token=T-SECRET`,
      status: 500,
      startedDateTime: `2026-12-02T10:00:0${index}.000Z`,
      responseHeaders: [],
      body: 'Traceback (most recent call last):',
    }));
    const markdown = diagnosisMarkdown(diagnoseCapture(failures), [{ request: 'GET https://shop.test/api/orders', verdict: 'persistent: failed 3 of 3' }]);
    expect(markdown).toContain('**Systemic:**');
    expect(markdown).toContain('- <code>GET /api/orders</code>: 1 of 1 failed (500)');
    expect(markdown).toContain('#### Retried');
    expect(markdown).toContain('persistent: failed 3 of 3');
    expect(markdown).not.toContain('T-SECRET');
  });
});
