// Vite-based dev servers, captured from `vite dev` (SvelteKit), `astro dev` and `nuxi dev`
// (test/fixtures/responses/{sveltekit,astro,nuxt}): module URLs that embed the server's paths, dev
// toolbars and error overlays. The production builds of the same apps must stay clean.

import { describe, expect, it } from 'vitest';
import type { LeakCategory, LeakFinding, ScannableResponse } from '../../../core/leaks/leak-finding';
import { scanResponse } from '../../../core/leaks/scan-response';
import { scannableFixture } from '../../fixtures/labelled-fixtures';

function findingsOf(subject: ScannableResponse, category: LeakCategory): LeakFinding[] {
  return scanResponse(subject).findings.filter((finding) => finding.category === category);
}
const evidenceOf = (subject: ScannableResponse, category: LeakCategory) => findingsOf(subject, category).map((finding) => finding.evidence);
const page = (body: string, overrides: Partial<ScannableResponse> = {}): ScannableResponse => ({
  url: 'http://localhost:5173/',
  status: 200,
  mimeType: 'text/html',
  headers: [],
  body,
  ...overrides,
});
const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('dev server module URLs name files on the server', () => {
  it.each([
    ['sveltekit/index-200-dev.json', '/tmp/sel-fixture-servers-svelte/node_modules/@sveltejs/kit/src/runtime/client/entry.js'],
    ['sveltekit/not-found-dev.json', '/tmp/sel-fixture-servers-svelte/node_modules/@sveltejs/kit/src/runtime/client/entry.js'],
    ['astro/index-200-dev.json', '/tmp/sel-fixture-servers-astro/node_modules/astro/dist/runtime/client/dev-toolbar/entrypoint.js'],
    ['nuxt/index-200-dev.json', '/tmp/sel-fixture-servers-nuxt/node_modules/nuxt/dist/app/entry.async.js'],
  ])('%s', (path, evidence) => {
    expect(evidenceOf(scannableFixture(`responses/${path}`), 'file-path')).toContain(evidence);
  });

  it.each([
    ['a Windows path after /@fs', '<script type="module" src="/@fs/C:/Users/dev/shop/node_modules/astro/dist/entry.js"></script>', '/C:/Users/dev/shop/node_modules/astro/dist/entry.js'],
    ["Nuxt's entry under a project in a home directory", '<link rel="modulepreload" href="/_nuxt/home/dev/shop/node_modules/nuxt/dist/app/entry.js">', '/home/dev/shop/node_modules/nuxt/dist/app/entry.js'],
    ["Nuxt's entry on Windows", '<script type="module" src="/_nuxt/D:/workspace/shop/node_modules/nuxt/dist/app/entry.js"></script>', '/D:/workspace/shop/node_modules/nuxt/dist/app/entry.js'],
    ['a dynamic import in an inline script', '<script>import("/@fs/srv/app/.svelte-kit/generated/client/app.js")</script>', '/srv/app/.svelte-kit/generated/client/app.js'],
  ])('%s', (_name, body, evidence) => {
    expect(evidenceOf(page(body), 'file-path')).toEqual([evidence]);
  });

  it('the component path Astro writes on every element', () => {
    expect(evidenceOf(scannableFixture('responses/astro/index-200-dev.json'), 'file-path')).toContain('/tmp/sel-fixtures/astro/dev/src/pages/index.astro');
  });

  it.each([
    ["Nuxt's dev client and root-relative modules", '<script type="module" src="/_nuxt/@vite/client"></script><script type="module" src="/_nuxt/node_modules/.cache/x.js"></script><script src="/_nuxt/pages/index.vue"></script>'],
    ['a production bundle under /_nuxt/', '<script type="module" src="/_nuxt/bRKioe7a.js" crossorigin></script>'],
    ['docs prose about the prefix', '<p>Vite serves files outside the root at <code>/@fs/home/user/project/src/main.js</code>.</p>'],
    ['a /@fs/ URL on another host', '<script type="module" src="https://cdn.example.com/@fs/srv/app/x.js"></script>'],
  ])('ignores %s', (_name, body) => {
    expect(findingsOf(page(body), 'file-path')).toEqual([]);
  });
});

describe('dev toolbars and error pages', () => {
  it("finds the versions in Astro's dev toolbar settings", () => {
    expect(evidenceOf(scannableFixture('responses/astro/index-200-dev.json'), 'version-disclosure')).toEqual(['"debugInfo":"Astro                    v5.18.2\\nNode                     v20.20.2']);
  });

  it('ignores `astro info` pasted into an issue', () => {
    const body = '<pre>Astro                    v5.18.2\nNode                     v20.20.2\nSystem                   Linux (x64)</pre>';
    expect(findingsOf(page(body), 'version-disclosure')).toEqual([]);
  });

  it.each(['astro/page-exception-dev.json', 'astro/endpoint-exception-dev.json'])("finds Astro's error shell in %s", (path) => {
    expect(evidenceOf(scannableFixture(`responses/${path}`), 'debug-page')).toEqual(['<title>TypeError</title><script type="module" src="/@vite/client"></script>']);
  });

  it("finds Vite's own error page, which opens the overlay on the inlined error", () => {
    const body = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8" /><title>Error</title><script type="module">
      const error = {"message":"boom","stack":"    at load (/srv/app/src/x.js:3:9)"}
      try {
        const { ErrorOverlay } = await import("/@vite/client")
        document.body.appendChild(new ErrorOverlay(error))
      } catch {}
    </script></head><body></body></html>`;
    expect(evidenceOf(page(body, { status: 500 }), 'debug-page')).toEqual(['const { ErrorOverlay } = await import(']);
  });

  it('ignores a dev page that loads the Vite client before its title, and the same shell sent as a 200', () => {
    const devPage = '<head><script type="module" src="/@vite/client"></script><meta charset="utf-8"><title>Shop</title></head>';
    expect(findingsOf(page(devPage, { status: 500 }), 'debug-page')).toEqual([]);
    expect(findingsOf(page('<title>Shop</title><script type="module" src="/@vite/client"></script>'), 'debug-page')).toEqual([]);
  });

  it.each(['nuxt/page-exception-dev.json', 'nuxt/not-found-dev.json'])("finds Nuxt's dev overlay, and the source in its embedded Youch page, in %s", (path) => {
    const subject = scannableFixture(`responses/${path}`);
    expect(evidenceOf(subject, 'debug-page')).toEqual(['<nuxt-error-overlay>']);
    expect(findingsOf(subject, 'source-code').map((finding) => finding.rule)).toEqual(['source-code.embedded-error-page']);
  });

  it("finds the framework frames of Nuxt's 404 in __NUXT_DATA__, one JSON-escaped newline apart", () => {
    expect(evidenceOf(scannableFixture('responses/nuxt/not-found-dev.json'), 'stack-trace')[0]).toMatch(/^at createError \(\/tmp\/sel-fixture-servers-nuxt\/node_modules\/h3\/dist\/index\.mjs:71:15\)\\nat /);
  });

  it("finds Youch's code window served as the page itself", () => {
    const body = '<li class="stack-frame"><div class="stack-frame-source">\n  <pre><code class="shj-lang-js"><div>const total = 1;</div></code></pre></div></li>';
    expect(findingsOf(page(body, { status: 500 }), 'source-code').map((finding) => finding.rule)).toEqual(['source-code.youch-code-frame']);
  });

  it('finds source lines of any debug page embedded as a data: URL, and nothing in other embedded pages', () => {
    const werkzeug = `<html><body><div class="traceback"><pre class="line current">total = cart[&#39;SPRING&#39;]</pre></div>${' '.repeat(40)}</body></html>`;
    const iframe = (html: string) => `<iframe src="data:text/html;base64,${base64(html)}"></iframe>`;
    expect(findingsOf(page(iframe(werkzeug), { status: 500 }), 'source-code')).toHaveLength(1);
    expect(findingsOf(page(iframe(`<html><body><p>Order confirmed.</p>${' '.repeat(60)}</body></html>`), { status: 500 }), 'source-code')).toEqual([]);
    expect(findingsOf(page(iframe(`<p>Documentation quoting class="stack-frame-source"</p>${' '.repeat(60)}`), { status: 500 }), 'source-code')).toEqual([]);
  });

  it('ignores the overlay element as documentation writes it', () => {
    expect(findingsOf(page('<p>Nuxt renders <code>&lt;nuxt-error-overlay&gt;</code> in development.</p>'), 'debug-page')).toEqual([]);
  });
});

describe('production builds', () => {
  it.each([
    'sveltekit/index-200-prod',
    'sveltekit/load-exception-prod',
    'sveltekit/not-found-prod',
    'sveltekit/endpoint-exception-prod',
    'astro/index-200-prod',
    'astro/page-exception-prod',
    'astro/not-found-prod',
    'nuxt/index-200-prod',
    'nuxt/page-exception-prod',
    'nuxt/not-found-prod',
    'nuxt/api-exception-prod',
  ])('%s gives no finding', (name) => {
    expect(scanResponse(scannableFixture(`responses/${name}.json`)).findings).toEqual([]);
  });
});
