// Next.js development output, captured from `next dev` and `next start` (test/fixtures/responses/nextjs):
// the pages router's __NEXT_DATA__ error, the app router's React error rows (raw and embedded in the
// page), and the production answers of the same failures, which must stay clean.

import { describe, expect, it } from 'vitest';
import type { LeakCategory, LeakFinding, ScannableResponse } from '../../../core/leaks/leak-finding';
import { scanResponse } from '../../../core/leaks/scan-response';
import { scannableFixture } from '../../fixtures/labelled-fixtures';

function findingsOf(subject: ScannableResponse, category: LeakCategory): LeakFinding[] {
  return scanResponse(subject).findings.filter((finding) => finding.category === category);
}

const ROW = ':E{"digest":"1009832165","name":"TypeError","message":"Cannot read properties of undefined (reading \'rate\')","stack":[["checkoutTotal","webpack-internal:///(rsc)/./lib/shop-ops.js",31,44,0,0,false]],"env":"Server"}';
/** The row as the page embeds it: JSON-escaped once more inside self.__next_f.push([1,"…"]), `<` as \u003c. */
const pageScript = (row: string) =>
  `<!DOCTYPE html><html><body><script>self.__next_f.push([1,${JSON.stringify(`27${row}\n`).replace(/</g, '\\u003c')}])</script></body></html>`;
const response = (body: string, overrides: Partial<ScannableResponse> = {}): ScannableResponse => ({
  url: 'http://127.0.0.1:3000/account',
  status: 500,
  mimeType: 'text/html',
  headers: [],
  body,
  ...overrides,
});

describe('next dev error pages', () => {
  it.each([
    ['nextjs/gssp-exception-dev.json', '"err":{"name":"TypeError","source":"server","message":"Cannot read'],
    ['nextjs/api-route-exception-dev.json', '"err":{"name":"TypeError","source":"server","message":"Cannot read'],
    ['nextjs/app-router-exception-dev.json', ':E{\\"digest\\":\\"1009832165\\",\\"name\\":\\"TypeError\\",\\"message\\":'],
  ])('%s is a debug page', (path, evidence) => {
    const [first] = findingsOf(scannableFixture(`responses/${path}`), 'debug-page');
    expect(first?.evidence.startsWith(evidence)).toBe(true);
  });

  it.each([
    ['nextjs/app-router-exception-dev.json', '\\"stack\\":[[\\"checkoutTotal\\",\\"webpack-internal:///(rsc)/./lib/shop-ops.js\\",31,44'],
    ['nextjs/app-router-exception-rsc-dev.json', '"stack":[["checkoutTotal","webpack-internal:///(rsc)/./lib/shop-ops.js",31,44'],
    ['nextjs/gssp-exception-dev.json', 'at checkoutTotal (webpack-internal:///(pages-dir-node)/./lib/shop-ops.js:31:44)'],
  ])('%s shows the stack trace', (path, evidence) => {
    const [first] = findingsOf(scannableFixture(`responses/${path}`), 'stack-trace');
    expect(first?.evidence.startsWith(evidence)).toBe(true);
  });

  it('does not call the bare RSC payload a page', () => {
    expect(findingsOf(scannableFixture('responses/nextjs/app-router-exception-rsc-dev.json'), 'debug-page')).toEqual([]);
  });

  it.each(['gssp-exception-prod', 'api-route-exception-prod', 'app-router-exception-prod', 'app-router-exception-rsc-prod', 'index-200-dev', 'index-200-prod'])(
    'nextjs/%s gives no finding',
    (name) => {
      expect(scanResponse(scannableFixture(`responses/nextjs/${name}.json`)).findings).toEqual([]);
    },
  );
});

describe('React error rows beyond the captures', () => {
  it('finds a row whose message carries quotes, backslashes and an escaped <', () => {
    const row = ROW.replace("(reading 'rate')", String.raw`(reading \"rate\") at C:\\shop <b>`);
    const subject = response(pageScript(row));
    expect(findingsOf(subject, 'debug-page')).toHaveLength(1);
    expect(findingsOf(subject, 'stack-trace')).toHaveLength(1);
  });

  it('finds the row in a page streamed with status 200 (the shell was sent before the error)', () => {
    const subject = response(pageScript(ROW), { status: 200 });
    expect(findingsOf(subject, 'stack-trace')).toHaveLength(1);
    expect(findingsOf(subject, 'debug-page')).toHaveLength(1);
  });

  it('finds a row without a digest and with a Windows file path', () => {
    const row = ROW.replace('"digest":"1009832165",', '').replace('webpack-internal:///(rsc)/./lib/shop-ops.js', String.raw`C:\\shop\\lib\\shop-ops.js`);
    expect(findingsOf(response(row, { mimeType: 'text/x-component', status: 200 }), 'stack-trace')).toHaveLength(1);
  });

  it('finds the row of React 18 canaries (Next.js 13–14): no name, the stack as one string', () => {
    const row = ':E{"digest":"2716385","message":"boom","stack":"Error: boom\\n    at Account (webpack-internal:///(rsc)/./app/account/page.js:7:30)"}';
    const subject = response(pageScript(row));
    expect(findingsOf(subject, 'debug-page')).toHaveLength(1);
    expect(findingsOf(subject, 'stack-trace')[0]?.evidence).toMatch(/^at Account \(webpack-internal:\/\/\/\(rsc\)\/\.\/app\/account\/page\.js:7:30\)/);
  });

  it.each([
    ['a production row (digest only)', ':E{"digest":"3973198436"}'],
    ['a row with an empty stack (every frame filtered out)', ROW.replace(/"stack":\[\[.*\]\]/, '"stack":[]')],
    ['a component debug row with an owner stack', '28:{"name":"Account","key":null,"env":"Server","stack":[["RootLayout","webpack-internal:///(rsc)/./app/layout.js",10,87,9,1,false]],"props":{}}'],
  ])('stays quiet on %s', (_name, body) => {
    expect(scanResponse(response(body, { mimeType: 'text/x-component', status: 200 })).findings).toEqual([]);
  });

  it('stays quiet on __NEXT_DATA__ of a production build and of a dev page without an error', () => {
    const data = (fields: string) => `<script id="__NEXT_DATA__" type="application/json">{"props":{},"page":"/_error","query":{},${fields}}</script>`;
    expect(scanResponse(response(data('"buildId":"k3Qx","isFallback":false,"err":{"name":"Internal Server Error.","message":"500 - Internal Server Error.","statusCode":500}'))).findings).toEqual([]);
    expect(scanResponse(response(data('"buildId":"development","isFallback":false,"gssp":true'), { status: 200 })).findings).toEqual([]);
  });
});
