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

  it('allows a compressed body its encoding overhead when the size stated may be the encoded one', () => {
    // Firefox states the bytes on the wire: gzip made this 46-byte body 66.
    const json = '{"error":"relation \\"orders\\" does not exist"}';
    const compressed = { mimeType: 'application/json', status: 500, statedBytes: 66, statedMayBeEncoded: true };
    expect(decodeBody(json, undefined, compressed).damage).toBeUndefined();
    // More missing than any encoding adds is still a short copy.
    expect(decodeBody(json, undefined, { ...compressed, statedBytes: 5_000 }).damage).toMatchObject({ kind: 'short' });
    expect(decodeBody(json, undefined, { ...compressed, statedMayBeEncoded: false }).damage).toMatchObject({ kind: 'short' });
  });

  it('counts a body read as windows-1252 by its UTF-8 size, as Firefox states it', () => {
    const text = '<p>Fehler: Größe für Bestellung ungültig</p>';
    const body = decodeBody(Buffer.from(text, 'latin1').toString('base64'), 'base64', { mimeType: 'x-unknown', status: 500, statedBytes: Buffer.byteLength(text) });
    expect(body).toMatchObject({ text });
    expect(body.damage).toBeUndefined();
  });

  it("says a HAR's copy is short or damaged as the HAR's, not the browser's", () => {
    const short = decodeBody('abc', undefined, { mimeType: 'text/plain', status: 500, statedBytes: 10, copyIn: 'har' });
    expect(short.damage!.message).toBe("The HAR holds 3 of the 10 bytes this response had. Only what it holds is shown and scanned.");
    const zeroFilled = decodeBody(`abc${'\0'.repeat(40)}`, undefined, { mimeType: 'text/plain', status: 500, copyIn: 'har' });
    expect(zeroFilled.damage!.message).toMatch(/^The HAR's copy of this body is damaged: from character 3 on/);
  });

  it('says a copy shorter than the response is short, noise and binary-looking bodies too', () => {
    // Playwright's HAR of Firefox kept 22 bytes of noise from a 321-byte page (base64 of its own mangling).
    const noise = decodeBody('DOCTYPEhtmlhtmlheadmetacharseg==', 'base64', { mimeType: 'x-unknown', status: 500, statedBytes: 321, copyIn: 'har' });
    expect(noise.damage).toMatchObject({ kind: 'short', message: expect.stringContaining('22 of the 321 bytes') });
    const binary = decodeBody(base64(new Uint8Array([0, 1, 2, ...Buffer.from(TRACEBACK)])), 'base64', { mimeType: 'application/octet-stream', status: 500, statedBytes: 900 });
    expect(binary).toMatchObject({ containsBinary: true, damage: { kind: 'short' } });
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
