import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isErrorStatus } from '../../../core/har/scan-har';
import { fixture, runInProcess } from './run-bin';

interface HarFile {
  log: { entries: { request: { url: string }; response: { status: number } }[] };
}

function harEntries(name: string) {
  return (JSON.parse(readFileSync(new URL(`../../fixtures/har/${name}`, import.meta.url), 'utf8')) as HarFile).log.entries;
}

const positionsOf = (name: string, keep: (status: number) => boolean) =>
  harEntries(name).flatMap((entry, index) => (keep(entry.response.status) ? [index] : []));

interface JsonEntry {
  index: number;
  url: string;
  status: number;
  leaks: { category: string; severity: string; title: string; evidence: string; location: Record<string, unknown>; confidence: number; fingerprint: string; verdict: string; fix: { change: string } | null }[];
}

async function scanJson(...args: string[]): Promise<JsonEntry[]> {
  const { stdout, code } = await runInProcess(['scan', '--json', ...args]);
  expect(code).toBeLessThan(2);
  const document = JSON.parse(stdout) as { entries: JsonEntry[]; totalEntries: number; badEntries: unknown[] };
  expect(Object.keys(document)).toEqual(['entries', 'totalEntries', 'badEntries']);
  expect(document.badEntries).toEqual([]);
  return document.entries;
}

const byPath = (entries: JsonEntry[], path: string) => entries.find((entry) => new URL(entry.url).pathname === path)!;

describe('server-error-lens scan --json', () => {
  it('prints exactly the documented shape, with keys in order and the right types', async () => {
    const entries = await scanJson('--all', fixture('leaky.har'));
    const leaks = entries.flatMap((entry) => entry.leaks);
    expect(leaks.length).toBeGreaterThan(0);
    for (const entry of entries) {
      // What could not be scanned is said only where it applies.
      expect(Object.keys(entry).slice(0, 4)).toEqual(['index', 'url', 'status', 'leaks']);
      for (const key of Object.keys(entry).slice(4)) expect(['bodyNotScanned', 'bodyDamage', 'oddFields']).toContain(key);
      expect([typeof entry.index, typeof entry.url, typeof entry.status, Array.isArray(entry.leaks)]).toEqual(['number', 'string', 'number', true]);
    }
    for (const leak of leaks) {
      expect(Object.keys(leak)).toEqual(['category', 'severity', 'title', 'evidence', 'location', 'confidence', 'rule', 'fingerprint', 'verdict', 'fix']);
      if (leak.fix) expect(Object.keys(leak.fix)).toEqual(['origin', 'change', 'why', 'docs']);
      expect(leak.fingerprint).toMatch(/^[0-9a-f]{32}$/);
      expect(['fail', 'warn']).toContain(leak.verdict);
      expect(['high', 'medium', 'low']).toContain(leak.severity);
      expect(leak.confidence).toBeGreaterThan(0);
      expect(leak.confidence).toBeLessThanOrEqual(1);
      // Body locations drop the engine's offset/length: only line and column mean something in a HAR.
      if (leak.location.in === 'body') expect(Object.keys(leak.location)).toEqual(['in', 'line', 'column']);
      else expect(Object.keys(leak.location)).toEqual(['in', 'name']);
    }
    expect(leaks.some((leak) => leak.location.in === 'body')).toBe(true);
    expect(leaks.some((leak) => leak.location.in === 'header')).toBe(true);
    // Apache's and PHP's banners name the product that wrote them, and so the setting that stops them.
    expect(leaks.filter((leak) => leak.fix).map((leak) => leak.fix!.change)).toEqual(
      expect.arrayContaining(['ServerTokens Prod and ServerSignature Off', 'expose_php = Off (php.ini)']),
    );
  });

  it.each(['leaky.har', 'chromium-recording.har', 'clean.har'])(
    'lists every 4xx/5xx entry of %s by its position in log.entries, skipping the others',
    async (name) => {
      const entries = await scanJson(fixture(name));
      expect(entries.map((entry) => entry.index)).toEqual(positionsOf(name, isErrorStatus));
      const har = harEntries(name);
      for (const entry of entries) {
        expect(entry.url).toBe(har[entry.index]!.request.url);
        expect(entry.status).toBe(har[entry.index]!.response.status);
      }
    },
  );

  it('lists every entry with --all', async () => {
    const entries = await scanJson('--all', fixture('leaky.har'));
    expect(entries.map((entry) => entry.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // Entry 0 is a 200 page with a PHP warning: found only because --all scans success responses.
    expect(entries[0]!.leaks.map((leak) => leak.category)).toContain('file-path');
  });

  it('keeps clean entries with an empty leaks list', async () => {
    const entries = await scanJson(fixture('clean.har'));
    expect(entries).toHaveLength(3);
    expect(entries.every((entry) => Array.isArray(entry.leaks) && entry.leaks.length === 0)).toBe(true);
    expect((await scanJson(fixture('leaky.har'))).find((entry) => entry.index === 3)!.leaks).toEqual([]);
  });

  it('decodes base64 bodies before scanning them', async () => {
    const raw = readFileSync(new URL('../../fixtures/har/leaky.har', import.meta.url), 'utf8');
    expect(raw).not.toContain('PDOException'); // only the base64 form is in the file
    const report = (await scanJson(fixture('leaky.har'))).find((entry) => entry.index === 4)!;
    expect(report.leaks.map((leak) => leak.evidence).join('\n')).toContain('PDOException: SQLSTATE[HY000] [2002] Connection refused');
    expect(report.leaks.map((leak) => leak.category)).toEqual(expect.arrayContaining(['database-error', 'file-path']));
  });

  it('skips binary bodies but still scans their headers', async () => {
    const entries = await scanJson('--all', fixture('leaky.har'));
    expect(entries[5]!.leaks).toEqual([]); // a PNG
    const grpcError = entries[6]!;
    expect(grpcError.leaks.length).toBeGreaterThan(0);
    expect(grpcError.leaks.every((leak) => leak.location.in === 'header')).toBe(true);
    expect(grpcError.leaks.map((leak) => leak.location.name)).toEqual(expect.arrayContaining(['Server', 'X-Powered-By']));
  });

  it('finds the traceback in a real Chromium recording, in text and in base64 bodies', async () => {
    const entries = await scanJson('--all', fixture('chromium-recording.har'));
    const har = harEntries('chromium-recording.har');
    const exportCall = har.findIndex((entry) => entry.request.url.endsWith('/api/export'));
    expect((har[exportCall] as unknown as { response: { content: { encoding?: string } } }).response.content.encoding).toBe('base64');

    for (const path of ['/api/orders', '/api/export']) {
      const categories = byPath(entries, path).leaks.map((leak) => leak.category);
      expect(categories).toEqual(expect.arrayContaining(['stack-trace', 'file-path']));
    }
    for (const path of ['/', '/pixel.png', '/api/cart', '/api/missing']) expect(byPath(entries, path).leaks).toEqual([]);
  });

  it('wraps several files as {"files":[{"file","entries",…}]}, each as scanned alone', async () => {
    const { stdout, code } = await runInProcess(['scan', '--json', fixture('clean.har'), fixture('leaky.har')]);
    expect(code).toBe(1);
    const document = JSON.parse(stdout) as { files: { file: string; entries: JsonEntry[] }[] };
    expect(Object.keys(document)).toEqual(['files']);
    const keys = ['file', 'entries', 'totalEntries', 'badEntries'];
    expect(document.files.map((file) => Object.keys(file))).toEqual([keys, keys]);
    expect(document.files.map((file) => file.file)).toEqual([fixture('clean.har'), fixture('leaky.har')]);
    expect(document.files[0]!.entries).toEqual(await scanJson(fixture('clean.har')));
    expect(document.files[1]!.entries).toEqual(await scanJson(fixture('leaky.har')));
  });

  it('lists an unreadable file in the document with its error, and exits 2', async () => {
    const { stdout, stderr, code } = await runInProcess(['scan', '--json', fixture('missing.har'), fixture('clean.har')]);
    expect(code).toBe(2);
    expect(stderr).toBe(`server-error-lens: ${fixture('missing.har')}: file not found\n`);
    const { files } = JSON.parse(stdout) as { files: { file: string; error?: string; entries: unknown[] }[] };
    expect(files.map(({ file, error }) => [file, error])).toEqual([
      [fixture('missing.har'), 'file not found'],
      [fixture('clean.har'), undefined],
    ]);
    expect(files[0]!.entries).toEqual([]);
  });

  it('prints a document for a single unreadable file too', async () => {
    const { stdout, code } = await runInProcess(['scan', '--json', fixture('not-a-har.json')]);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({ entries: [], totalEntries: 0, badEntries: [], error: 'not a HAR: no log.entries array' });
  });
});
