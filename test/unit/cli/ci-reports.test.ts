// The command line in CI: which findings fail a run (--fail-on, --baseline), how stable a finding's
// fingerprint is, and the reports CI tools read — SARIF checked against the official SARIF 2.1.0
// schema (as Microsoft publishes it in @microsoft/jest-sarif), JUnit XML and Markdown.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MARKDOWN_MAX_ROWS } from '../../../cli/reports/markdown-report';
import { fixture, runInProcess } from './run-bin';

const scratch = mkdtempSync(path.join(tmpdir(), 'sel-ci-reports-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const TRACEBACK = 'Traceback (most recent call last):\n  File "/srv/app/views.py", line 3, in index\nKeyError: 1\n';

interface EntrySpec {
  status: number;
  url: string;
  body?: string;
  server?: string;
  started?: string;
}

function writeHar(name: string, specs: EntrySpec[]): string {
  const file = path.join(scratch, name);
  const entries = specs.map(({ status, url, body = '', server, started = '2026-12-02T10:00:00.000Z' }) => ({
    startedDateTime: started,
    request: { method: 'GET', url, headers: [] },
    response: { status, headers: server ? [{ name: 'Server', value: server }] : [], content: { mimeType: 'text/plain', text: body, size: body.length } },
  }));
  writeFileSync(file, JSON.stringify({ log: { version: '1.2', entries } }, null, 2));
  return file;
}

interface JsonLeak {
  rule: string;
  severity: string;
  fingerprint: string;
  verdict: string;
}
async function leaksOf(args: string[]): Promise<{ code: number | null; leaks: JsonLeak[] }> {
  const { code, stdout } = await runInProcess(['scan', '--format', 'json', ...args]);
  const document = JSON.parse(stdout) as { entries: { leaks: JsonLeak[] }[] };
  return { code, leaks: document.entries.flatMap((entry) => entry.leaks) };
}

describe('--fail-on', () => {
  // The complaint that started it: a version banner on a 404 failed every build.
  const bannerOnly = () => writeHar('banner.har', [{ status: 404, url: 'https://app.test/nope', body: 'Not Found', server: 'gunicorn/19.9.0' }]);

  it('makes a low-severity banner a warning by default, and a failure only when asked', async () => {
    const file = bannerOnly();
    const byDefault = await leaksOf([file]);
    expect(byDefault.leaks.map(({ severity, verdict }) => [severity, verdict])).toEqual([['low', 'warn']]);
    expect(byDefault.code).toBe(0);
    expect((await leaksOf(['--fail-on', 'low', file])).code).toBe(1);
    const text = await runInProcess(['scan', file]);
    expect(text.stdout).toContain('    warn  low    version-disclosure:');
    expect(text.stdout.trimEnd().split('\n').at(-1)).toBe('Result: pass: 0 failing, 1 warning; medium and above fail (--fail-on medium)');
  });

  it.each([
    ['high', 1],
    ['medium', 1],
    ['none', 0],
  ])('with --fail-on %s a traceback exits %i', async (failOn, code) => {
    const file = writeHar('traceback.har', [{ status: 500, url: 'https://app.test/boom', body: TRACEBACK }]);
    expect((await leaksOf(['--fail-on', failOn, file])).code).toBe(code);
  });
});

describe('fingerprints and --baseline', () => {
  it('keeps a fingerprint through entry order, timestamps, hosts, queries and ids in the path', async () => {
    const first = writeHar('run1.har', [
      { status: 200, url: 'https://a.test/ok' },
      { status: 500, url: 'https://staging.app.test/orders/41?x=1', body: TRACEBACK, started: '2026-12-01T09:00:00.000Z' },
    ]);
    const second = writeHar('run2.har', [
      { status: 500, url: 'https://app.test/orders/42?y=2', body: TRACEBACK, started: '2026-12-02T18:30:00.000Z' },
      { status: 200, url: 'https://a.test/ok' },
    ]);
    const otherEvidence = writeHar('run3.har', [{ status: 500, url: 'https://app.test/orders/42', body: TRACEBACK.replace('views.py', 'models.py') }]);
    const fingerprints = async (file: string) => (await leaksOf([file])).leaks.map((leak) => `${leak.rule} ${leak.fingerprint}`).sort();
    expect(await fingerprints(second)).toEqual(await fingerprints(first));
    expect(await fingerprints(otherEvidence)).not.toEqual(await fingerprints(first));
  });

  it('fails on new findings only', async () => {
    const before = writeHar('before.har', [{ status: 500, url: 'https://app.test/boom', body: TRACEBACK }]);
    const baseline = path.join(scratch, 'baseline.json');
    writeFileSync(baseline, (await runInProcess(['scan', '--json', before])).stdout);

    const same = await leaksOf(['--baseline', baseline, before]);
    expect(same.code).toBe(0);
    expect(new Set(same.leaks.map((leak) => leak.verdict))).toEqual(new Set(['baseline']));

    const after = writeHar('after.har', [
      { status: 500, url: 'https://app.test/boom', body: TRACEBACK },
      { status: 500, url: 'https://app.test/db', body: 'psycopg2.errors.UndefinedTable: relation "orders" does not exist\nLINE 1: SELECT * FROM orders' },
    ]);
    const next = await leaksOf(['--baseline', baseline, after]);
    expect(next.code).toBe(1);
    expect(next.leaks.filter((leak) => leak.verdict === 'fail').length).toBeGreaterThan(0);
    expect(next.leaks.filter((leak) => leak.verdict === 'baseline')).toHaveLength(same.leaks.length);
  });

  it('names a baseline it cannot use', async () => {
    const bad = path.join(scratch, 'bad-baseline.json');
    writeFileSync(bad, '{"not":"a report"}');
    const result = await runInProcess(['scan', '--baseline', bad, fixture('clean.har')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`server-error-lens: baseline ${bad}: not a server-error-lens --format json report (no "entries")\n`);
  });
});

describe('SARIF', () => {
  const require = createRequire(import.meta.url);
  const fromJestSarif = createRequire(require.resolve('@microsoft/jest-sarif/package.json'));
  const Ajv = fromJestSarif('ajv') as new (options: object) => { addMetaSchema(schema: object): void; compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown[] } };
  const ajv = new Ajv({ schemaId: 'auto', validateSchema: false, allErrors: true });
  ajv.addMetaSchema(fromJestSarif('ajv/lib/refs/json-schema-draft-04.json') as object);
  const validate = ajv.compile(fromJestSarif('./lib/schemas/sarif-2.1.0-rtm.5.json') as object);

  it('is valid SARIF 2.1.0, with rules, levels, fingerprints and the HAR entry as location', async () => {
    const { stdout, code } = await runInProcess(['scan', '--format', 'sarif', fixture('leaky.har'), fixture('not-a-har.json')]);
    expect(code).toBe(2);
    const log = JSON.parse(stdout) as {
      runs: {
        tool: { driver: { rules: { id: string; help: { text: string } }[] } };
        results: { ruleId: string; level: string; partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; logicalLocations: { fullyQualifiedName: string }[] }[]; message: { text: string }; properties: { fix?: { change: string } } }[];
        invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[];
      }[];
    };
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);

    const [run] = log.runs;
    const ruleIds = new Set(run!.tool.driver.rules.map((rule) => rule.id));
    expect(run!.results.length).toBeGreaterThan(0);
    const har = readFileSync(fixture('leaky.har'), 'utf8').split('\n');
    for (const result of run!.results) {
      expect(ruleIds.has(result.ruleId)).toBe(true);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(result.partialFingerprints['serverErrorLens/v1']).toMatch(/^[0-9a-f]{32}$/);
      const [location] = result.locations;
      expect(location!.physicalLocation.artifactLocation.uri).toBe(fixture('leaky.har'));
      // The region is the line where the entry starts in the HAR file.
      expect(har[location!.physicalLocation.region.startLine - 1]).toMatch(/^\s*\{\s*$/);
      expect(location!.logicalLocations[0]!.fullyQualifiedName).toMatch(/^log\.entries\[\d+\]$/);
    }
    expect(run!.tool.driver.rules.every((rule) => rule.help.text.length > 40)).toBe(true);
    // A finding whose origin the response shows carries the setting that stops it.
    const apacheBanner = run!.results.find((result) => result.message.text.includes('Apache/2.4.41'));
    expect(apacheBanner!.properties.fix!.change).toBe('ServerTokens Prod and ServerSignature Off');
    expect(apacheBanner!.message.text).toMatch(/Fix \(Apache httpd\): ServerTokens Prod and ServerSignature Off\.$/);
    expect(run!.invocations[0]!.executionSuccessful).toBe(false);
    expect(run!.invocations[0]!.toolExecutionNotifications.map((note) => note.message.text)).toEqual(['not a HAR: no log.entries array']);
  });

  it('masks secrets in results as everywhere else', async () => {
    // Not AWS's documented example key, which the scanner rightly takes for documentation.
    const [key, secret] = ['AKIAZ3MHQX7LP2RTVW4N', 'q8Jr2mXbT5vK9wLp3ZfYc7HnD1sGu6EaR0iOeW4t'];
    const file = writeHar('secret.har', [{ status: 500, url: 'https://app.test/cfg', body: `Error: config\n  aws_access_key_id = ${key}\n  aws_secret_access_key = ${secret}` }]);
    const { stdout } = await runInProcess(['scan', '--format', 'sarif', file]);
    const log = JSON.parse(stdout) as { runs: { results: { ruleId: string }[] }[] };
    expect(log.runs[0]!.results.map((result) => result.ruleId)).toEqual(expect.arrayContaining(['secret.aws-access-key', 'secret.aws-secret-key']));
    expect(stdout).not.toContain(key);
    expect(stdout).not.toContain(secret);
    expect(validate(log)).toBe(true);
  });
});

describe('JUnit XML and Markdown', () => {
  const hostileUrl = 'https://app.test/x?q=<script>&a="b"|c`d\u202e\u0007';

  it('writes one test case per scanned entry, failures for failing findings, everything escaped', async () => {
    const file = writeHar('junit.har', [
      { status: 500, url: hostileUrl, body: TRACEBACK },
      { status: 404, url: 'https://app.test/gone', body: 'nope', server: 'gunicorn/19.9.0' },
    ]);
    const { stdout } = await runInProcess(['scan', '--format', 'junit', file]);
    expect(stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="server-error-lens" tests="2" failures="1" errors="0">/);
    expect(stdout.match(/<testcase /g)).toHaveLength(2);
    expect(stdout).toContain('<failure message="high stack-trace:');
    expect(stdout).toContain('<system-out>warning: low version-disclosure:');
    // No HAR text outside entities: no raw markup, quotes or control characters from the URL.
    expect(stdout).not.toContain('<script>');
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202e]/);
    expect(stdout).toContain('&#60;script&#62;');
  });

  it('writes a capped table, worst first, with a count of what was left out', async () => {
    const specs = Array.from({ length: MARKDOWN_MAX_ROWS + 7 }, (_, i) => ({ status: 500, url: `https://app.test/route${i}`, body: TRACEBACK.replace('views.py', `views${i}.py`) }));
    const file = writeHar('many.har', [{ status: 404, url: hostileUrl, body: 'x', server: 'gunicorn/19.9.0' }, ...specs]);
    const { stdout } = await runInProcess(['scan', '--format', 'markdown', file]);
    const rows = stdout.split('\n').filter((line) => /^\| (❌|⚠️|known)/.test(line));
    expect(rows).toHaveLength(MARKDOWN_MAX_ROWS);
    expect(rows[0]).toMatch(/^\| ❌ fail \| high \|/);
    expect(stdout).toMatch(/…and \d+ more findings not shown here/);
    expect(stdout.startsWith('### server-error-lens: fail\n')).toBe(true);
    for (const row of rows) expect(row.split('|').length).toBe(8);
  });

  it('writes several formats to --output-dir, one file each', async () => {
    const out = path.join(scratch, 'reports');
    const { stdout, code } = await runInProcess(['scan', '--format', 'json,sarif,junit,markdown,text', '--output-dir', out, fixture('leaky.har')]);
    expect(code).toBe(1);
    const written = stdout.trim().split('\n');
    expect(written.map((file) => path.basename(file))).toEqual([
      'server-error-lens.json',
      'server-error-lens.sarif',
      'server-error-lens.junit.xml',
      'server-error-lens.md',
      'server-error-lens.txt',
    ]);
    expect(JSON.parse(readFileSync(written[0]!, 'utf8'))).toEqual(JSON.parse((await runInProcess(['scan', '--json', fixture('leaky.har')])).stdout));
  });
});
