// The three shapes of getContent a request reaches us in: Chrome's own (a callback of content and
// encoding), webextension-polyfill's wrapper of it (no arguments allowed, a promise of both: what
// Chrome gets when it has no native `browser` namespace, as Chromium 150), and Firefox's (content
// and MIME type, to a callback or as a promise).
import type { Entry } from 'har-format';
import { describe, expect, it } from 'vitest';
import { toFinishedRequest } from '@/adapters/devtools-network';

const entry = (encoding?: string) => ({ response: { content: { size: 11, mimeType: 'application/json', ...(encoding ? { encoding } : {}) } } }) as unknown as Entry;

describe('reading a finished request body', () => {
  it("takes Chrome's callback", async () => {
    const request = { ...entry(), getContent: (callback: (content: string, encoding: string) => void) => callback('{"ok":true}', '') };
    expect(await toFinishedRequest(request).readBody()).toEqual({ content: '{"ok":true}', encoding: undefined });
  });

  it("takes the polyfill's promise, which refuses a callback", async () => {
    const request = {
      ...entry(),
      getContent: (...args: unknown[]) => {
        if (args.length > 0) throw new Error(`Expected at most 0 arguments for getContent(), got ${args.length}`);
        return Promise.resolve(['AAEC', 'base64']);
      },
    };
    expect(await toFinishedRequest(request).readBody()).toEqual({ content: 'AAEC', encoding: 'base64' });
  });

  it("takes Firefox's promise of content and MIME type, the encoding from the entry", async () => {
    const request = { ...entry('base64'), getContent: () => Promise.resolve(['AAEC', 'application/octet-stream']) };
    expect(await toFinishedRequest(request).readBody()).toEqual({ content: 'AAEC', encoding: 'base64' });
  });

  it('gives no content, instead of waiting forever, when getContent refuses a callback and returns nothing', async () => {
    const request = {
      ...entry(),
      getContent: (...args: unknown[]) => {
        if (args.length > 0) throw new Error('no callback here');
      },
    };
    expect(await toFinishedRequest(request).readBody()).toEqual({ content: undefined, encoding: undefined });
  });

  it('gives no content when getContent fails every way', async () => {
    const request = {
      ...entry(),
      getContent: () => {
        throw new Error('gone');
      },
    };
    expect(await toFinishedRequest(request).readBody()).toEqual({ content: undefined, encoding: undefined });
  });
});
