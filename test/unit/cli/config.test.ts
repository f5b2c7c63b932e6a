// server-error-lens.json: what CI users tune first. Per rule and category levels, allowlists and
// ignored fingerprints change verdicts (and only those findings); a bad file is one line naming the
// file, the key and the problem; the shipped JSON Schema agrees with the loader and with the rules.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../../cli/config-schema';
import { ConfigError, parseConfig } from '../../../cli/config';
import { runInProcess } from './run-bin';

const scratch = mkdtempSync(path.join(tmpdir(), 'sel-config-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const TRACEBACK = 'Traceback (most recent call last):\n  File "/srv/app/views.py", line 3, in index\nKeyError: 1\n';
const har = {
  log: {
    entries: [
      { request: { method: 'GET', url: 'https://app.test/boom', headers: [] }, response: { status: 500, headers: [{ name: 'Server', value: 'gunicorn/19.9.0' }], content: { mimeType: 'text/plain', text: TRACEBACK } } },
      { request: { method: 'GET', url: 'https://cdn.app.test/assets/x.js', headers: [] }, response: { status: 404, headers: [{ name: 'Server', value: 'Apache/2.4.41 (Ubuntu)' }], content: { mimeType: 'text/plain', text: 'nope' } } },
    ],
  },
};
const harFile = path.join(scratch, 'capture.har');
writeFileSync(harFile, JSON.stringify(har));

async function verdicts(config: unknown, args: string[] = []): Promise<{ code: number | null; leaks: { rule: string; category: string; verdict: string; ignoredBecause?: string }[]; stderr: string }> {
  const file = path.join(scratch, `config-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(config));
  const { code, stdout, stderr } = await runInProcess(['scan', '--json', '--config', file, ...args, harFile]);
  if (!stdout) return { code, leaks: [], stderr };
  return { code, stderr, leaks: (JSON.parse(stdout) as { entries: { leaks: never[] }[] }).entries.flatMap((entry) => entry.leaks) };
}

describe('server-error-lens.json', () => {
  it('sets levels per category and per rule, a rule id winning over its category', async () => {
    const base = await verdicts({});
    expect(base.code).toBe(1);
    const stackRule = base.leaks.find((leak) => leak.category === 'stack-trace')!.rule;
    const { code, leaks } = await verdicts({ rules: { 'stack-trace': 'ignore', 'file-path': 'warn', [stackRule]: 'warn' } });
    expect(code).toBe(0);
    expect(leaks.find((leak) => leak.rule === stackRule)!.verdict).toBe('warn');
    expect(leaks.filter((leak) => leak.category === 'file-path').every((leak) => leak.verdict === 'warn')).toBe(true);
  });

  it('ignores allowlisted findings with the entry as reason, and only those', async () => {
    const { leaks } = await verdicts({ allow: [{ url: 'https://cdn.app.test/**', header: 'server', status: '4xx', reason: 'CDN banner, tracked in OPS-12' }] });
    const byUrlHeader = leaks.filter((leak) => leak.verdict === 'ignored');
    expect(byUrlHeader).toHaveLength(1);
    expect(byUrlHeader[0]!.ignoredBecause).toBe('allow: CDN banner, tracked in OPS-12');
    expect(leaks.filter((leak) => leak.category === 'version-disclosure' && leak.verdict !== 'ignored')).toHaveLength(1); // gunicorn on app.test
    expect((await verdicts({ allow: [{ evidenceContains: 'gunicorn' }] })).leaks.filter((leak) => leak.verdict === 'ignored')).toHaveLength(1);
    // `*` stays within a path segment, `**` does not.
    expect((await verdicts({ allow: [{ url: 'https://cdn.app.test/*' }] })).leaks.filter((leak) => leak.verdict === 'ignored')).toHaveLength(0);
    const onBoom = (await verdicts({})).leaks.length - 1; // all but the CDN's banner
    expect((await verdicts({ allow: [{ url: 'https://*.test/boom' }] })).leaks.filter((leak) => leak.verdict === 'ignored')).toHaveLength(onBoom);
  });

  it('ignores fingerprints with their reason, and the command line wins over failOn', async () => {
    const base = await verdicts({});
    const failing = base.leaks.filter((leak) => leak.verdict === 'fail') as unknown as { fingerprint: string }[];
    const ignoredAll = await verdicts({ ignore: failing.map(({ fingerprint }) => ({ fingerprint, reason: 'accepted risk, SEC-7' })) });
    expect(ignoredAll.code).toBe(0);
    expect(ignoredAll.leaks.filter((leak) => leak.verdict === 'ignored').every((leak) => leak.ignoredBecause === 'ignore: accepted risk, SEC-7')).toBe(true);
    expect((await verdicts({ failOn: 'none' })).code).toBe(0);
    expect((await verdicts({ failOn: 'none' }, ['--fail-on', 'high'])).code).toBe(1);
    const missing = await runInProcess(['scan', '--config', path.join(scratch, 'none.json'), harFile]);
    expect(missing).toMatchObject({ code: 2, stderr: `server-error-lens: ${path.join(scratch, 'none.json')}: file not found\n` });
  });

  it('is read from the working directory when not given', async () => {
    const cwd = process.cwd();
    process.chdir(scratch);
    try {
      writeFileSync(path.join(scratch, 'server-error-lens.json'), JSON.stringify({ failOn: 'none' }));
      expect((await runInProcess(['scan', harFile])).code).toBe(0);
    } finally {
      rmSync(path.join(scratch, 'server-error-lens.json'));
      process.chdir(cwd);
    }
    expect((await runInProcess(['scan', harFile])).code).toBe(1);
  });

  it.each([
    [{ rules: { 'stack-trace': 'error' } }, 'rules.stack-trace: must be "fail", "warn" or "ignore", not "error"'],
    [{ rules: { 'stack-traces': 'warn' } }, 'rules.stack-traces: no rule or category of that name'],
    [{ allow: [{ status: '5**' }] }, 'allow[0].status: must be like "502", "500-599" or "5xx", not "5**"'],
    [{ allow: [{ reason: 'no condition' }] }, 'allow[0]: needs at least one of url, header, status, evidenceContains'],
    [{ allow: [{ evidence: '(a+)+$' }] }, 'allow[0].evidence: unknown key (known: url, header, status, evidenceContains, reason)'],
    [{ ignore: [{ fingerprint: 'abc', reason: 'x' }] }, 'ignore[0].fingerprint: must be the 32 hex digits a report gives'],
    [{ ignore: [{ fingerprint: '0'.repeat(32), reason: ' ' }] }, 'ignore[0].reason: must say why (a non-empty string)'],
    [{ failOn: 'critical' }, 'failOn: must be one of "high", "medium", "low", "none", not "critical"'],
    [{ verbose: true }, 'verbose: unknown key (known: $schema, failOn, statuses, rules, allow, ignore)'],
  ])('rejects %j in one line naming the key', async (config, problem) => {
    const { code, stderr } = await verdicts(config);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^server-error-lens: \\S+config-\\w+\\.json: ${problem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n$`));
  });
});

describe('the shipped JSON Schema', () => {
  const fromJestSarif = createRequire(createRequire(import.meta.url).resolve('@microsoft/jest-sarif/package.json'));
  const Ajv = fromJestSarif('ajv') as new (options: object) => { compile(schema: object): (data: unknown) => boolean };
  const validate = new Ajv({ allErrors: true }).compile(configSchema());

  it('is the file in the package, generated from the rules', () => {
    expect(JSON.parse(readFileSync(new URL('../../../schema/server-error-lens.schema.json', import.meta.url), 'utf8'))).toEqual(configSchema());
  });

  it.each([
    [{}, true],
    [{ $schema: './schema.json', failOn: 'low', statuses: 'all', rules: { 'version-disclosure': 'ignore', 'secret.aws-access-key': 'fail' } }, true],
    [{ allow: [{ url: 'https://cdn.test/**', reason: 'CDN' }], ignore: [{ fingerprint: 'a'.repeat(32), reason: 'known' }] }, true],
    [{ rules: { 'stack-trace': 'error' } }, false],
    [{ rules: { 'stack-traces': 'warn' } }, false],
    [{ allow: [{ status: '5**' }] }, false],
    [{ allow: [{ reason: 'no condition' }] }, false],
    [{ ignore: [{ fingerprint: 'abc', reason: 'x' }] }, false],
    [{ verbose: true }, false],
  ])('agrees with the loader on %j', (config, valid) => {
    expect(validate(config)).toBe(valid);
    const loads = (() => {
      try {
        parseConfig(config, (key, problem) => new ConfigError(`${key}: ${problem}`));
        return true;
      } catch {
        return false;
      }
    })();
    expect(loads).toBe(valid);
  });
});
