// The panel benchmark's HTTP server on 127.0.0.1: a page that fires the big capture, 200 JSON and
// leaking 500 endpoints, and probe paths. It counts what it served, and when, so the benchmark
// compares the panel with what really went over the wire.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { PYTHON_TRACEBACK } from '../test/e2e/support/test-server';

export interface BenchServer {
  origin: string;
  /** Every request served except DevTools' own (see DEVTOOLS_OWN_PATHS), which no panel lists. */
  requestsServed(): number;
  serverErrorsServed(): number;
  /** Wall-clock ms (timeOrigin + now, as the browsers' pages measure) of the first and last request. */
  firstRequestAt(): number | undefined;
  lastRequestAt(): number | undefined;
  /** Paths served other than the workload's API calls and the probes, with how often: explains extra rows. */
  otherPathsServed(): Map<string, number>;
  /** Forgets what was served so far: the page before the workload is replaced, and its rows with it. */
  resetCounts(): void;
  close(): Promise<void>;
}

export const WORKLOAD_PAGE = '/workload';
/** A page that does nothing, so probes can be fetched from the server's origin before the workload. */
export const BLANK_PAGE = '/blank';
export const PROBE_PREFIX = '/probe-';
/** Chromium's DevTools front-end asks the inspected origin for this itself (workspace folders). */
export const DEVTOOLS_OWN_PATHS = new Set(['/.well-known/appspecific/com.chrome.devtools.json']);

/**
 * Fires `count` requests in batches of `batch` (Chromium fails requests outright past about a
 * thousand in flight from one page), every tenth a 500, then titles itself "done".
 */
function workloadPage(count: number, batch: number): string {
  return `<!doctype html><title>firing</title><p>firing ${count} requests</p>
<script>
(async () => {
  for (let start = 0; start < ${count}; start += ${batch}) {
    const paths = [];
    for (let n = start; n < Math.min(start + ${batch}, ${count}); n++) paths.push(n % 10 === 9 ? '/api/fail?n=' + n : '/api/item?n=' + n);
    await Promise.allSettled(paths.map((path) => fetch(path).then((response) => response.text())));
  }
  document.title = 'done';
})();
</script>`;
}

export async function startBenchServer({ requestCount, batchSize }: { requestCount: number; batchSize: number }): Promise<BenchServer> {
  const page = workloadPage(requestCount, batchSize);
  let requests = 0;
  let serverErrors = 0;
  let firstAt: number | undefined;
  let lastAt: number | undefined;
  const otherPaths = new Map<string, number>();
  const server = http.createServer((request, response) => {
    const now = performance.timeOrigin + performance.now();
    firstAt ??= now;
    lastAt = now;
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!DEVTOOLS_OWN_PATHS.has(url.pathname)) requests++;
    const send = (status: number, type: string, body: string) => {
      if (status >= 500) serverErrors++;
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      response.end(body);
    };
    if (url.pathname === '/api/item') send(200, 'application/json', JSON.stringify({ id: Number(url.searchParams.get('n')), ok: true }));
    else if (url.pathname === '/api/fail') send(500, 'text/plain', PYTHON_TRACEBACK);
    else if (url.pathname.startsWith(PROBE_PREFIX)) send(500, 'text/plain', PYTHON_TRACEBACK);
    else {
      otherPaths.set(url.pathname, (otherPaths.get(url.pathname) ?? 0) + 1);
      if (url.pathname === WORKLOAD_PAGE) send(200, 'text/html', page);
      // No favicon request from it: Firefox would serve the workload's favicon from cache, a row the server never saw.
      else if (url.pathname === BLANK_PAGE) send(200, 'text/html', '<!doctype html><link rel="icon" href="data:,"><title>done</title>');
      else if (url.pathname === '/favicon.ico') send(204, 'image/x-icon', '');
      else send(404, 'text/plain', 'no such route');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requestsServed: () => requests,
    serverErrorsServed: () => serverErrors,
    firstRequestAt: () => firstAt,
    lastRequestAt: () => lastAt,
    otherPathsServed: () => new Map(otherPaths),
    resetCounts: () => {
      requests = 0;
      serverErrors = 0;
      firstAt = lastAt = undefined;
      otherPaths.clear();
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
