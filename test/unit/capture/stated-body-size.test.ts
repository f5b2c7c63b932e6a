import { describe, expect, it } from 'vitest';
import { statedBodySize } from '@/core/capture/stated-body-size';

const response = (headers: Record<string, string>, contentSize?: number, method = 'GET', status = 500) => ({
  method,
  status,
  contentSize,
  responseHeaders: Object.entries(headers).map(([name, value]) => ({ name, value })),
});

describe('statedBodySize', () => {
  it('takes the Content-Length of a body sent as it is, as a recorder that lost bytes still shows it', () => {
    // Playwright's HAR of Firefox: 22 bytes kept (content.size) of the 321 sent.
    expect(statedBodySize(response({ 'Content-Length': '321' }, 22))).toEqual({ statedBytes: 321 });
    expect(statedBodySize(response({ 'content-length': '10' }, 12))).toEqual({ statedBytes: 12 });
  });

  it('says a compressed body is stated in bytes that may be the encoded ones', () => {
    expect(statedBodySize(response({ 'Content-Encoding': 'gzip', 'Content-Length': '66' }, 66))).toEqual({ statedBytes: 66, statedMayBeEncoded: true });
    expect(statedBodySize(response({ 'Content-Encoding': 'identity', 'Content-Length': '66' }, 66))).toEqual({ statedBytes: 66 });
  });

  it.each([
    ['HEAD', 200],
    ['GET', 204],
    ['GET', 304],
    ['GET', 302],
  ])('ignores the Content-Length of a %s answered %i, whose body is not sent or not kept', (method, status) => {
    expect(statedBodySize(response({ 'Content-Length': '500' }, 0, method, status))).toEqual({ statedBytes: 0 });
  });

  it('trusts no Content-Length that disagrees with itself or is not a number, and no negative size', () => {
    expect(statedBodySize({ ...response({}, -1), responseHeaders: [{ name: 'Content-Length', value: '5' }, { name: 'Content-Length', value: '7' }] })).toEqual({ statedBytes: undefined });
    expect(statedBodySize(response({ 'Content-Length': '5e3' }, 4))).toEqual({ statedBytes: 4 });
  });
});
