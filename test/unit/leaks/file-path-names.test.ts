// Paths name files in any language: a segment with letters beyond ASCII is still part of the path.
import { describe, expect, it } from 'vitest';
import { scanResponse } from '../../../core/leaks/scan-response';

const pathsIn = (body: string, mimeType = 'text/plain') =>
  scanResponse({ url: 'https://shop.test/checkout', status: 500, mimeType, headers: [], body })
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

describe('file paths with JSON-escaped slashes', () => {
  // PHP's json_encode (Laravel's JSON errors), Perl's JSON and others write "/" as "\/".
  it.each([
    ['{"file":"\\/var\\/www\\/html\\/vendor\\/laravel\\/framework\\/src\\/Illuminate\\/Database\\/Connection.php","line":822}', '\\/var\\/www\\/html\\/vendor\\/laravel\\/framework\\/src\\/Illuminate\\/Database\\/Connection.php'],
    ['{"error":"No such file or directory at \\/tmp\\/app\\/shop-mojo.pl line 31.\\n"}', '\\/tmp\\/app\\/shop-mojo.pl'],
  ])('%s', (body, path) => {
    expect(pathsIn(body, 'application/json')).toEqual([path]);
  });

  it('leaves escaped URLs and web paths alone', () => {
    expect(pathsIn('{"url":"https:\\/\\/cdn.shop.test\\/srv\\/js\\/app.js","avatar":"\\/app\\/img\\/a.png","next":"\\/orders\\/2"}', 'application/json')).toEqual([]);
  });
});
