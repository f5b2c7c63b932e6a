// Rails and Sinatra in development, captured in test/fixtures/responses/{rails,sinatra}: the text
// version of Rails' debug page (for XHR and API requests) and Sinatra's development 404.

import { describe, expect, it } from 'vitest';
import type { LeakCategory, ScannableResponse } from '../../../core/leaks/leak-finding';
import { scanResponse } from '../../../core/leaks/scan-response';
import { scannableFixture } from '../../fixtures/labelled-fixtures';

const evidenceOf = (subject: ScannableResponse, category: LeakCategory) =>
  scanResponse(subject).findings.filter((finding) => finding.category === category).map((finding) => finding.evidence);
const response = (body: string, overrides: Partial<ScannableResponse> = {}): ScannableResponse => ({
  url: 'http://127.0.0.1:3000/checkout',
  status: 500,
  mimeType: 'text/plain',
  headers: [],
  body,
  ...overrides,
});

describe("Rails' text debug page", () => {
  it('finds the Env dump of an XHR answered in development', () => {
    expect(evidenceOf(scannableFixture('responses/rails/xhr-uncaught-exception-dev.json'), 'environment-dump')).toEqual(['Env dump\nGATEWAY_INTERFACE: "CGI/1.1"']);
  });

  it.each([
    ['a heading in prose', 'See the Env dump\nsection of the page for details.'],
    ['the heading with nothing listed', 'Session dump\n\n\nEnv dump\n\nResponse headers\nNone'],
    ['a lowercase listing', 'Env dump\npath: "/usr/bin"'],
  ])('ignores %s', (_name, body) => {
    expect(evidenceOf(response(body), 'environment-dump')).toEqual([]);
  });
});

describe("Sinatra's development 404", () => {
  it('finds the page, whose heading and image only development mode serves', () => {
    const [evidence] = evidenceOf(scannableFixture('responses/sinatra/not-found-dev.json'), 'debug-page');
    expect(evidence).toMatch(/^<h2>Sinatra doesn’t know this ditty\.<\/h2>/);
  });

  it('finds the page of older Sinatra versions (a straight apostrophe) and the image alone', () => {
    expect(evidenceOf(response("<h2>Sinatra doesn't know this ditty.</h2>", { status: 404, mimeType: 'text/html' }), 'debug-page')).toHaveLength(1);
    expect(evidenceOf(response("<img src='/__sinatra__/404.png'>", { status: 404, mimeType: 'text/html' }), 'debug-page')).toHaveLength(1);
  });

  it.each([
    ['the sentence quoted in a question', '<p>Every route gives me "Sinatra doesn’t know this ditty." even though it is defined.</p>'],
    ['the production 404', '<h1>Not Found</h1>'],
    ['the image named in prose', '<p>The dev 404 shows __sinatra__/404.png, a picture of Frank.</p>'],
  ])('ignores %s', (_name, body) => {
    expect(evidenceOf(response(body, { status: 404, mimeType: 'text/html' }), 'debug-page')).toEqual([]);
  });
});
