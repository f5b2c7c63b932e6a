// The HAR command line against the floor of any HAR scanner, on one ≥ 100 MB HAR of realistic
// bodies (HTML, real JS bundles and source maps, JSON, error pages; a fifth of them stored as
// base64), in one run (part of npm run bench):
//  - floor: read the file, JSON.parse it whole, decode every body, one toLowerCase() + indexOf
//    pass over each: what any scanner must at least do;
//  - the built command (dist/server-error-lens.mjs, as installed), whole process, with --all (every
//    body, like the floor) and by default (error responses only), with its peak RSS.
// Timings depend on the machine and its load: report one run's figures as such.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli, CLI_BUNDLE } from '../scripts/build-cli';
import { buildWorkload, seededRandom } from './leak-scan-workload';

const MB = 1024 * 1024;
const SEED = 20261202;
const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 3;

async function writeHar(file: string): Promise<number> {
  const workload = buildWorkload(root, SEED, 100 * MB);
  const random = seededRandom(SEED);
  const out = createWriteStream(file);
  const write = (text: string) => new Promise<void>((resolve) => (out.write(text) ? resolve() : out.once('drain', resolve)));
  await write('{"log":{"version":"1.2","creator":{"name":"server-error-lens bench","version":"1"},"entries":[\n');
  for (const [index, response] of workload.responses.entries()) {
    const base64 = random() < 0.2;
    const body = response.body ?? '';
    const entry = {
      startedDateTime: new Date(Date.UTC(2026, 11, 2, 10, 0, 0, index)).toISOString(),
      time: 12,
      request: { method: 'GET', url: response.url, httpVersion: 'HTTP/1.1', headers: [{ name: 'Accept', value: '*/*' }], queryString: [], cookies: [], headersSize: -1, bodySize: 0 },
      response: {
        status: response.status,
        statusText: '',
        httpVersion: 'HTTP/1.1',
        headers: response.headers,
        cookies: [],
        content: base64
          ? { size: Buffer.byteLength(body), mimeType: response.mimeType, text: Buffer.from(body).toString('base64'), encoding: 'base64' }
          : { size: Buffer.byteLength(body), mimeType: response.mimeType, text: body },
        redirectURL: '',
        headersSize: -1,
        bodySize: -1,
      },
      cache: {},
      timings: { send: 0, wait: 10, receive: 2 },
    };
    await write(`${index === 0 ? '' : ',\n'}${JSON.stringify(entry)}`);
  }
  await write('\n]}}\n');
  await new Promise<void>((resolve) => out.end(resolve));
  return workload.responses.length;
}

interface HarDocument {
  log: { entries: { response: { content: { text?: string; encoding?: string } } }[] };
}

function floorMs(file: string): number {
  const started = performance.now();
  const document = JSON.parse(readFileSync(file, 'utf8')) as HarDocument;
  let hits = 0;
  for (const { response } of document.log.entries) {
    const { text = '', encoding } = response.content;
    const body = encoding === 'base64' ? Buffer.from(text, 'base64').toString('utf8') : text;
    if (body.toLowerCase().indexOf('traceback') !== -1) hits++;
  }
  if (hits < 0) console.log(hits); // keeps the pass from being optimised away
  return performance.now() - started;
}

function cliRun(file: string, args: string[]): { ms: number; peakRssMb: number; code: number | null } {
  // GNU time reports the peak resident set of the whole process.
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, CLI_BUNDLE, 'scan', ...args, file], { encoding: 'utf8', maxBuffer: 512 * MB });
  const [seconds, kilobytes] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { ms: seconds! * 1000, peakRssMb: kilobytes! / 1024, code: result.status };
}

// The fastest of a few runs: the least disturbed by the rest of the machine, for the floor and the command alike.
const fastest = (values: number[]) => Math.min(...values);

const work = mkdtempSync(path.join(tmpdir(), 'sel-har-bench-'));
try {
  await buildCli();
  const file = path.join(work, 'workload.har');
  const entries = await writeHar(file);
  const size = statSync(file).size;
  console.log(`\nHAR command line: ${entries} entries, ${(size / MB).toFixed(1)} MB (seed ${SEED}), fastest of ${RUNS} runs each`);

  floorMs(file); // warm the file cache
  const floor = fastest(Array.from({ length: RUNS }, () => floorMs(file)));
  const all = Array.from({ length: RUNS }, () => cliRun(file, ['--all', '--json']));
  const errorsOnly = Array.from({ length: RUNS }, () => cliRun(file, ['--json']));
  const row = (label: string, ms: number, rss: string) => console.log(`${label.padEnd(54)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${(ms / floor).toFixed(2).padStart(5)}× floor  ${rss}`);
  row('floor: read + JSON.parse + decode + one lowercase pass', floor, '(whole file in memory)');
  const cliRow = (label: string, runs: ReturnType<typeof cliRun>[]) =>
    row(label, fastest(runs.map((run) => run.ms)), `peak RSS ${Math.max(...runs.map((run) => run.peakRssMb)).toFixed(0)} MB (highest), exit ${runs[0]!.code}`);
  cliRow('server-error-lens scan --all --json (whole process)', all);
  cliRow('server-error-lens scan --json, 4xx/5xx only (whole process)', errorsOnly);
} finally {
  rmSync(work, { recursive: true, force: true });
}
