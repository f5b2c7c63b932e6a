// Reads a captured response (test/fixtures/…/*.json) as the scanner sees it.
import { readFileSync } from 'node:fs';
import type { ScannableResponse } from '../../../core/leaks/leak-finding';

export function fixture(path: string): ScannableResponse {
  const data = JSON.parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8')) as {
    request: { url: string };
    status: number;
    mimeType: string;
    headers: { name: string; value: string }[];
    body: string;
  };
  return { url: data.request.url, status: data.status, mimeType: data.mimeType, headers: data.headers, body: data.body };
}
