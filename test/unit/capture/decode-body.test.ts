import { describe, expect, it } from 'vitest';
import { MAX_BODY_CHARS } from '@/core/capture/body-limits';
import { isBodyPartial } from '@/core/capture/captured-entry';
import { decodeBody, isBodyWorthReading } from '@/core/capture/decode-body';

const base64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');
const ok = (mimeType: string) => ({ mimeType, status: 200 });
const TRACEBACK = 'Traceback (most recent call last):\n  File "/srv/app/views.py", line 12, in index\nKeyError: \'user\'\n';

describe('decodeBody', () => {
  it.each([
    ['plain text passes through', 'Traceback (most recent call last):', undefined, 'text/plain', 'Traceback (most recent call last):'],
    ['base64 text is decoded as UTF-8', base64('Fehler: Datei nicht gefunden – ü'), 'base64', 'text/html', 'Fehler: Datei nicht gefunden – ü'],
    ['base64 JSON with an unknown type is sniffed as text', base64('{"error":"boom"}'), 'base64', 'application/octet-stream', '{"error":"boom"}'],
    ['Firefox passes a MIME type where Chrome passes an encoding', 'plain body', undefined, 'text/plain', 'plain body'],
  ])('%s', (_name, content, encoding, mimeType, expected) => {
    const body = decodeBody(content, encoding, { mimeType, status: 200 });
    expect(body).toMatchObject({ text: expected, binary: false, truncated: false });
  });

  it('reports binary bodies with their decoded size instead of text', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeBody(base64(png), 'base64', { mimeType: 'image/png', status: 200 })).toEqual({ text: null, truncated: false, byteLength: 16, binary: true });
  });

  it('says there is no body when DevTools gives none', () => {
    expect(decodeBody(undefined, undefined, ok('text/html'))).toMatchObject({ text: null, binary: false });
  });

  it('cuts long text at the cap and says so', () => {
    const body = decodeBody('x'.repeat(MAX_BODY_CHARS + 10), undefined, ok('text/plain'));
    expect(body.text).toHaveLength(MAX_BODY_CHARS);
    expect(body.truncated).toBe(true);
    expect(body.byteLength).toBe(MAX_BODY_CHARS + 10);
  });

  it('cuts long base64 bodies at the cap and keeps the full size', () => {
    const original = 'é'.repeat(MAX_BODY_CHARS);
    const body = decodeBody(base64(original), 'base64', ok('text/plain'));
    expect(body.truncated).toBe(true);
    expect(body.byteLength).toBe(Buffer.byteLength(original));
    expect(body.text!.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(original.startsWith(body.text!.replace(/\uFFFD$/, ''))).toBe(true);
  });

  it('counts UTF-8 bytes, not characters, for text bodies', () => {
    expect(decodeBody('€😀', undefined, ok('text/plain')).byteLength).toBe(3 + 4);
  });

  it('reads a body marked base64 that holds characters base64 never has as the text it is', () => {
    // Firefox ESR 153 marks a body of unknown type base64, and leaves it as text when it holds
    // characters beyond Latin-1 (its encoder refuses them): Vite's error page is one.
    const page = '<!DOCTYPE html>\n<pre>╭─[ /srv/app/src/main.jsx:3:9 ]</pre>';
    const body = decodeBody(page, 'base64', { mimeType: 'application/x-unknown-content-type', status: 500 });
    expect(body).toMatchObject({ text: page, binary: false, truncated: false, byteLength: Buffer.byteLength(page) });
    expect(isBodyPartial(body)).toBe(false);
  });

  it('reads base64 that is not UTF-8 as windows-1252, as Firefox encodes the text of a body with no type', () => {
    // Firefox ESR 153 decodes the bytes first and base64-encodes one byte per character: ü is 0xFC.
    const latin1 = Buffer.from('<p>Fehler: Datei \u00fc nicht gefunden, \u00a75</p>', 'latin1').toString('base64');
    const body = decodeBody(latin1, 'base64', { mimeType: 'application/x-unknown-content-type', status: 500 });
    expect(body).toMatchObject({ text: '<p>Fehler: Datei \u00fc nicht gefunden, \u00a75</p>', binary: false });
    expect(body.containsBinary).toBeUndefined();
  });

  it('reads bytes in the charset their type names', () => {
    // "Ошибка" in windows-1251, which read as windows-1252 would be "Îøèáêà".
    const cyrillic = Buffer.from([0xce, 0xf8, 0xe8, 0xe1, 0xea, 0xe0]).toString('base64');
    expect(decodeBody(cyrillic, 'base64', { mimeType: 'application/octet-stream; charset="windows-1251"', status: 500 }).text).toBe('Ошибка');
    // A label no decoder knows is read as if none were given.
    const latin1 = Buffer.from('Fehler: Größe ungültig', 'latin1').toString('base64');
    expect(decodeBody(latin1, 'base64', { mimeType: 'application/x-thing; charset=klingon', status: 500 }).text).toBe('Fehler: Größe ungültig');
  });

  it('says a body marked base64 that does not decode was not scanned, instead of calling it binary', () => {
    const body = decodeBody('QUJDRA=Q', 'base64', { mimeType: 'text/plain', status: 500 });
    expect(body).toMatchObject({ text: null, binary: false, notScanned: 'it came marked as base64 but is not valid base64' });
    expect(isBodyPartial(body)).toBe(true);
  });
});

describe('decodeBody: damaged, short and binary error bodies', () => {
  it('cuts a zero-filled tail (Firefox past 768 KiB) and says where the damage starts', () => {
    const intact = `<html>${'x'.repeat(786_432 - 6)}`;
    const body = decodeBody(intact + '\0'.repeat(1_100_000), undefined, { mimeType: 'text/html', status: 500 });
    expect(body.text).toBe(intact);
    expect(body.damage).toMatchObject({ kind: 'zero-filled', intactChars: 786_432 });
    expect(body.damage!.message).toContain('786,432');
  });

  it('finds the damage when the zero fill reaches past our own cap', () => {
    const body = decodeBody('a'.repeat(1000) + '\0'.repeat(MAX_BODY_CHARS), undefined, { mimeType: 'text/html', status: 500 });
    expect(body).toMatchObject({ text: 'a'.repeat(1000), truncated: true, damage: { intactChars: 1000 } });
  });

  it('leaves a body with one trailing NUL alone', () => {
    expect(decodeBody('ok\0', undefined, ok('text/plain'))).toEqual({ text: 'ok\0', truncated: false, byteLength: 3, binary: false });
  });

  it('says when the browser gave fewer bytes than the response had', () => {
    const body = decodeBody('abc', undefined, { mimeType: 'text/plain', status: 500, statedBytes: 10 });
    expect(body.damage).toMatchObject({ kind: 'short', intactChars: 3 });
    expect(body.damage!.message).toContain('3 of the 10 bytes');
  });

  it('compares sizes only for byte-for-byte charsets', () => {
    expect(decodeBody('abc', undefined, { mimeType: 'text/plain; charset=utf-16', status: 500, statedBytes: 6 }).damage).toBeUndefined();
    expect(decodeBody('abc', undefined, { mimeType: 'text/plain', status: 500, statedBytes: 3 }).damage).toBeUndefined();
  });

  it.each([
    ['application/octet-stream', [0x00, 0x01, 0x02]],
    ['', [0x1f, 0x8b]],
  ])('decodes an error body sniffed as binary (%j) to text, so its traceback is scanned', (mimeType, prefix) => {
    const bytes = new Uint8Array([...prefix, ...Buffer.from(TRACEBACK)]);
    const body = decodeBody(base64(bytes), 'base64', { mimeType, status: 500 });
    expect(body).toMatchObject({ binary: false, containsBinary: true });
    expect(body.text).toContain('File "/srv/app/views.py", line 12');
  });

  it('still does not decode successful binary bodies', () => {
    const bytes = new Uint8Array([0x00, 0x01, ...Buffer.from(TRACEBACK)]);
    expect(decodeBody(base64(bytes), 'base64', { mimeType: 'application/octet-stream', status: 200 })).toMatchObject({ text: null, binary: true });
  });
});

describe('isBodyWorthReading', () => {
  it.each([
    [200, 'text/html', true],
    [200, 'application/json', true],
    [200, 'image/svg+xml', true],
    [200, '', true],
    [200, 'image/png', false],
    [200, 'font/woff2', false],
    [200, 'video/mp4', false],
    [500, 'image/png', true],
  ] as const)('%i %s → %s', (status, mimeType, expected) => {
    expect(isBodyWorthReading(status, mimeType)).toBe(expected);
  });
});
