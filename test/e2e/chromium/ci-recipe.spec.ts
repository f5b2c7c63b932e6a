// The CI recipe of README, run as written against a real local server: Playwright records a HAR
// (docs/ci-recipe/record-har.spec.ts), then the installed command scans it with a config and a
// baseline and writes SARIF, JUnit and Markdown. A leaking route fails the run, a clean one passes,
// and with the first run as baseline a rerun passes until a new leak appears.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { recordHar } from '../../../docs/ci-recipe/record-har';
import { CHROMIUM_BINARY } from '../support/chromium-devtools';
import { startTestServer, type TestServer } from '../support/test-server';

const CLI = path.resolve('dist/server-error-lens.mjs');
let server: TestServer;
let work: string;

test.beforeEach(async () => {
  server = await startTestServer();
  work = mkdtempSync(path.join(tmpdir(), 'sel-ci-recipe-'));
  process.env.CHROMIUM_PATH = CHROMIUM_BINARY;
  // The recipe's policy: version banners warn, nothing else is tuned.
  writeFileSync(path.join(work, 'server-error-lens.json'), JSON.stringify({ failOn: 'medium', rules: { 'version-disclosure': 'warn' } }));
});

test.afterEach(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

function scan(har: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, 'scan', har, '--format', 'sarif,junit,markdown,json', '--output-dir', path.join(work, 'reports'), ...args], { cwd: work, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('a leaking route fails the run, a clean one passes, and a baseline fails on new leaks only', async () => {
  const cleanHar = path.join(work, 'clean.har');
  await recordHar(server.origin, ['/calm'], cleanHar);
  expect(scan(cleanHar)).toMatchObject({ code: 0, stderr: '' });

  const leakyHar = path.join(work, 'leaky.har');
  await recordHar(server.origin, ['/one-failing'], leakyHar);
  const first = scan(leakyHar);
  expect(first).toMatchObject({ code: 1, stderr: '' });
  const reports = (name: string) => readFileSync(path.join(work, 'reports', name), 'utf8');
  const sarif = JSON.parse(reports('server-error-lens.sarif')) as { runs: { results: { ruleId: string; level: string }[] }[] };
  expect(sarif.runs[0]!.results.some((result) => result.ruleId.startsWith('stack-trace.') && result.level === 'error')).toBe(true);
  expect(reports('server-error-lens.junit.xml')).toContain('<failure message="high stack-trace:');
  expect(reports('server-error-lens.md')).toMatch(/^### server-error-lens: fail/);

  // Accept today's findings as the baseline: the same capture passes, a new leak fails again.
  writeFileSync(path.join(work, 'baseline.json'), reports('server-error-lens.json'));
  expect(scan(leakyHar, '--baseline', 'baseline.json')).toMatchObject({ code: 0 });
  const newLeakHar = path.join(work, 'new-leak.har');
  await recordHar(server.origin, ['/one-failing', '/secret-page'], newLeakHar);
  const next = scan(newLeakHar, '--baseline', 'baseline.json');
  expect(next.code).toBe(1);
  const json = JSON.parse(reports('server-error-lens.json')) as { entries: { leaks: { verdict: string }[] }[] };
  const verdicts = json.entries.flatMap((entry) => entry.leaks.map((leak) => leak.verdict));
  expect(verdicts).toContain('baseline');
  expect(verdicts).toContain('fail');
});
