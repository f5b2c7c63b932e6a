// A deterministic (seeded) mix of realistic responses for the leak scanner benchmark: HTML
// articles, real minified bundles from node_modules, JSON APIs, and error pages of several
// frameworks (the labelled corpus, with and without leaks), varied so no two bodies are identical.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScannableResponse } from '../core/leaks/leak-finding';
import { loadCorpus } from './leak-accuracy-corpus';

/** mulberry32: small, fast, good enough to make the workload reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'the server request response error cache proxy header body user order product price cart checkout session token database query index page article release notes install configure deploy build test version update network address port host path file line module function class method value default option'.split(' ');

const REAL_BUNDLES = [
  'node_modules/preact/dist/preact.min.js',
  'node_modules/preact/dist/preact.min.js.map',
  'node_modules/vite/dist/client/client.mjs',
  'node_modules/vite/dist/node/chunks/node.js',
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function hex(random: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += '0123456789abcdef'[Math.floor(random() * 16)];
  return out;
}

function sentence(random: () => number): string {
  const length = 6 + Math.floor(random() * 14);
  return Array.from({ length }, () => pick(random, WORDS)).join(' ');
}

function htmlArticle(random: () => number, targetChars: number): string {
  const parts = ['<!doctype html><html><head><title>Release notes</title><script>window.__STATE__={"v":"10.2.3.4"}</script></head><body><main><article>'];
  let size = parts[0]!.length;
  while (size < targetChars) {
    const roll = random();
    const part =
      roll < 0.7
        ? `<p>${sentence(random)} <a href="/docs/${pick(random, WORDS)}/${hex(random, 6)}">${pick(random, WORDS)}</a>.</p>\n`
        : roll < 0.9
          ? `<pre><code>$ curl -s http://localhost:${3000 + Math.floor(random() * 100)}/api/${pick(random, WORDS)}\n{"id":"${hex(random, 8)}-${hex(random, 4)}"}</code></pre>\n`
          : `<img src="/static/img/${hex(random, 12)}.png" alt="${pick(random, WORDS)}">\n`;
    parts.push(part);
    size += part.length;
  }
  parts.push('</article></main></body></html>');
  return parts.join('');
}

function jsonApi(random: () => number, targetChars: number): string {
  const items: string[] = [];
  let size = 0;
  while (size < targetChars) {
    const item = JSON.stringify({
      id: `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-a${hex(random, 3)}-${hex(random, 12)}`,
      sha: hex(random, 40),
      name: sentence(random),
      price: Math.floor(random() * 100000) / 100,
      version: `${Math.floor(random() * 20)}.${Math.floor(random() * 10)}.${Math.floor(random() * 30)}`,
      etag: `W/"${hex(random, 16)}"`,
    });
    items.push(item);
    size += item.length + 1;
  }
  return `{"items":[${items.join(',')}]}`;
}

export interface Workload {
  responses: ScannableResponse[];
  totalChars: number;
}

/**
 * The body as the analysis receives it: a flat string, as JSON.parse of a HAR and DevTools'
 * getContent deliver one, not the concatenation that built it here (which V8 reads more slowly).
 */
function asReceived(response: ScannableResponse): ScannableResponse {
  return response.body === null ? response : { ...response, body: JSON.parse(JSON.stringify(response.body)) as string };
}

/** Responses until at least `minChars` characters of bodies. */
export function buildWorkload(root: string, seed: number, minChars: number): Workload {
  const random = seededRandom(seed);
  const bundles = REAL_BUNDLES.map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
  const errorPages = loadCorpus().map((entry) => entry.response).filter((response) => response.body);
  const responses: ScannableResponse[] = [];
  let totalChars = 0;
  while (totalChars < minChars) {
    const roll = random();
    let response: ScannableResponse;
    if (roll < 0.3) {
      response = { url: `https://www.example.com/blog/${hex(random, 6)}`, status: 200, mimeType: 'text/html', headers: [{ name: 'Server', value: 'nginx' }], body: htmlArticle(random, 2_000 + Math.floor(random() * 400_000)) };
    } else if (roll < 0.55) {
      const bundle = pick(random, bundles);
      // A banner comment keeps bodies distinct without changing what the bundle contains.
      response = { url: `https://cdn.example.com/${bundle.path.split('/').pop()}?v=${hex(random, 8)}`, status: 200, mimeType: bundle.path.endsWith('.map') ? 'application/json' : 'application/javascript', headers: [], body: `/*! build ${hex(random, 12)} */\n${bundle.text}` };
    } else if (roll < 0.8) {
      response = { url: `https://api.example.com/v1/${pick(random, WORDS)}`, status: 200, mimeType: 'application/json', headers: [{ name: 'X-Request-Id', value: hex(random, 32) }], body: jsonApi(random, 1_000 + Math.floor(random() * 300_000)) };
    } else {
      const page = pick(random, errorPages);
      response = { ...page, url: `${page.url}?r=${hex(random, 6)}` };
    }
    responses.push(asReceived(response));
    totalChars += response.body?.length ?? 0;
  }
  return { responses, totalChars };
}
