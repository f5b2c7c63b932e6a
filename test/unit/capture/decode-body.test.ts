import { describe, expect, it } from 'vitest';
import { MAX_BODY_CHARS } from '@/core/capture/body-limits';
import { decodeBody, isBodyWorthReading } from '@/core/capture/decode-body';

const base64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');

describe('decodeBody', () => {
  it.each([
    ['plain text passes through', 'Traceback (most recent call last):', undefined, 'text/plain', 'Traceback (most recent call last):'],
    ['base64 text is decoded as UTF-8', base64('Fehler: Datei nicht gefunden – ü'), 'base64', 'text/html', 'Fehler: Datei nicht gefunden – ü'],
    ['base64 JSON with an unknown type is sniffed as text', base64('{"error":"boom"}'), 'base64', 'application/octet-stream', '{"error":"boom"}'],
    ['Firefox passes a MIME type where Chrome passes an encoding', 'plain body', undefined, 'text/plain', 'plain body'],
  ])('%s', (_name, content, encoding, mimeType, expected) => {
    const body = decodeBody(content, encoding, mimeType);
    expect(body).toMatchObject({ text: expected, binary: false, truncated: false });
  });

  it('reports binary bodies with their decoded size instead of text', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeBody(base64(png), 'base64', 'image/png')).toEqual({ text: null, truncated: false, byteLength: 16, binary: true });
  });

  it('says there is no body when DevTools gives none', () => {
    expect(decodeBody(undefined, undefined, 'text/html')).toMatchObject({ text: null, binary: false });
  });

  it('cuts long text at the cap and says so', () => {
    const body = decodeBody('x'.repeat(MAX_BODY_CHARS + 10), undefined, 'text/plain');
    expect(body.text).toHaveLength(MAX_BODY_CHARS);
    expect(body.truncated).toBe(true);
    expect(body.byteLength).toBe(MAX_BODY_CHARS + 10);
  });

  it('cuts long base64 bodies at the cap and keeps the full size', () => {
    const original = 'é'.repeat(MAX_BODY_CHARS);
    const body = decodeBody(base64(original), 'base64', 'text/plain');
    expect(body.truncated).toBe(true);
    expect(body.byteLength).toBe(Buffer.byteLength(original));
    expect(body.text!.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(original.startsWith(body.text!.replace(/\uFFFD$/, ''))).toBe(true);
  });

  it('counts UTF-8 bytes, not characters, for text bodies', () => {
    expect(decodeBody('€😀', undefined, 'text/plain').byteLength).toBe(3 + 4);
  });

  it('treats malformed base64 as unreadable binary instead of throwing', () => {
    expect(decodeBody('@@not base64@@', 'base64', 'text/plain')).toMatchObject({ text: null, binary: true });
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
