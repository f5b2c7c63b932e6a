// React Router 7 framework mode, captured from `react-router dev` and `react-router-serve` in
// production (test/fixtures/responses/react-router): the default error boundary prints error.stack
// into a red <pre> outside production mode only; in production the error is sanitized first and
// the <pre> stays empty. The rule must not claim look-alikes of that markup.

import { describe, expect, it } from 'vitest';
import type { LeakCategory, LeakFinding, ScannableResponse } from '../../../core/leaks/leak-finding';
import { scanResponse } from '../../../core/leaks/scan-response';
import { scannableFixture } from '../../fixtures/labelled-fixtures';

const RULE = 'debug-page.react-router-dev-boundary';
function findingsOf(subject: ScannableResponse, category: LeakCategory): LeakFinding[] {
  return scanResponse(subject).findings.filter((finding) => finding.category === category);
}
const page = (body: string, overrides: Partial<ScannableResponse> = {}): ScannableResponse => ({
  url: 'http://localhost:5173/orders',
  status: 500,
  mimeType: 'text/html',
  headers: [],
  body,
  ...overrides,
});
const H1 = '<h1 style="font-size:24px">Application Error</h1>';
const PRE = '<pre style="padding:2rem;background:hsla(10, 50%, 50%, 0.1);color:red;overflow:auto">';

describe("React Router's default error boundary in development", () => {
  it.each([
    ['react-router/loader-exception-dev.json', "TypeError: Cannot read properties of undefined (reading &#x27;country&#x27;)\n    at /tmp/sel-fixtures/react-router/dev/app/lib/orders.server.ts:11:72"],
    ['react-router/action-exception-dev.json', "TypeError: Cannot read properties of undefined (reading &#x27;rate&#x27;)\n    at placeOrder (/tmp/sel-fixtures/react-router/dev/app/lib/orders.server.ts:17:52)"],
  ])('%s', (path, evidence) => {
    const findings = findingsOf(scannableFixture(`responses/${path}`), 'debug-page');
    expect(findings.map((finding) => finding.rule)).toEqual([RULE]);
    expect(findings[0]?.evidence).toBe(evidence);
  });

  it("Remix 2's boundary (same markup) with a custom error name and a Windows frame", () => {
    const body = `${H1}${PRE}OrderLookupError: no address\n    at recentOrders (C:\\shop\\app\\lib\\orders.server.ts:11:20)</pre>`;
    expect(findingsOf(page(body), 'debug-page').map((finding) => finding.rule)).toEqual([RULE]);
  });

  it.each([
    ['the production page (sanitized error, empty <pre>)', `${H1}${PRE}</pre><script>console.log("💿 Hey developer 👋.")</script>`],
    ['a message with no stack frame', `${H1}${PRE}Error: Unexpected Server Error</pre>`],
    ["an app's own boundary with the same heading and a plain <pre>", `<h1>Application Error</h1><pre>TypeError: boom\n    at loader (/srv/app/routes/a.tsx:3:9)</pre>`],
    ['a <pre> styled differently', `${H1}<pre style="padding:2rem;color:red">TypeError: boom\n    at loader (/srv/app/routes/a.tsx:3:9)</pre>`],
    ['docs quoting the component source', `<pre><code>${H1.replace(/</g, '&lt;')}\n${PRE.replace(/</g, '&lt;')}{error.stack}&lt;/pre&gt;</code></pre>`],
    ['the heading and <pre> apart', `${H1}<p>Sorry.</p>${PRE}TypeError: boom\n    at loader (/srv/app/routes/a.tsx:3:9)</pre>`],
  ])('ignores %s', (_name, body) => {
    expect(findingsOf(page(body), 'debug-page')).toEqual([]);
  });

  it.each(['loader-exception-prod', 'action-exception-prod', 'loader-exception-data-prod', 'action-exception-data-prod', 'resource-exception-prod', 'not-found-prod', 'index-200-prod'])(
    'finds nothing in react-router/%s.json',
    (name) => {
      expect(scanResponse(scannableFixture(`responses/react-router/${name}.json`)).findings).toEqual([]);
    },
  );
});

describe('the single-fetch turbo-stream (.data) in development', () => {
  it.each(['loader-exception-data-dev', 'action-exception-data-dev'])('react-router/%s.json carries the stack and the app\'s paths', (name) => {
    const fixture = scannableFixture(`responses/react-router/${name}.json`);
    expect(findingsOf(fixture, 'stack-trace').length).toBeGreaterThan(0);
    expect(findingsOf(fixture, 'file-path').map((finding) => finding.evidence)).toContain('/tmp/sel-fixtures/react-router/dev/app/lib/orders.server.ts');
    expect(findingsOf(fixture, 'debug-page')).toEqual([]);
  });
});
