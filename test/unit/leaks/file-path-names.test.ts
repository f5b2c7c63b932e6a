// Paths name files in any language: a segment with letters beyond ASCII is still part of the path.
import { describe, expect, it } from 'vitest';
import { scanResponse } from '../../../core/leaks/scan-response';

const pathsIn = (body: string) =>
  scanResponse({ url: 'https://shop.test/checkout', status: 500, mimeType: 'text/plain', headers: [], body })
    .findings.filter((finding) => finding.category === 'file-path')
    .map((finding) => finding.evidence);

describe('file paths with letters beyond ASCII', () => {
  it.each([
    ['File "/srv/shop/app/größen.py", line 3', '/srv/shop/app/größen.py'],
    ['at load (/app/заказы/loader.js:4:2)', '/app/заказы/loader.js'],
    ['open /home/zoë/shop/config.yaml: permission denied', '/home/zoë/shop/config.yaml'],
  ])('%s → %s', (body, path) => {
    expect(pathsIn(body)).toEqual([path]);
  });

  it('ends a path where text in another script begins', () => {
    expect(pathsIn('/srv/app/main.pyでエラーが発生しました')).toEqual(['/srv/app/main.py']);
  });
});
