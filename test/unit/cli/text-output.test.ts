import { describe, expect, it } from 'vitest';
import { fixture, runInProcess } from './run-bin';

interface JsonEntry {
  index: number;
  leaks: { severity: string }[];
}

async function jsonEntries(...args: string[]): Promise<JsonEntry[]> {
  return (JSON.parse((await runInProcess(['scan', '--json', ...args])).stdout) as { entries: JsonEntry[] }).entries;
}

const FINDING_LINE = /^ {4}(FAIL|warn|known) +(high|medium|low) +[a-z-]+: .+ \((header \S+|body line \d+, column \d+)\)$/;

describe('server-error-lens scan (text report)', () => {
  it('groups findings under each error entry and ends with a summary computed from them', async () => {
    const { stdout } = await runInProcess(['scan', fixture('leaky.har')]);
    const lines = stdout.trimEnd().split('\n');
    const entries = await jsonEntries(fixture('leaky.har'));
    const withLeaks = entries.filter((entry) => entry.leaks.length > 0);
    const leaks = entries.flatMap((entry) => entry.leaks);
    const count = (severity: string) => leaks.filter((leak) => leak.severity === severity).length;

    expect(lines[0]).toBe(`${fixture('leaky.har')}: 7 entries, 4 error responses (4xx/5xx) scanned`);
    expect(lines.filter((line) => /^ {2}#\d+ /.test(line)).map((line) => Number(/#(\d+)/.exec(line)![1]))).toEqual(
      withLeaks.map((entry) => entry.index),
    );
    expect(lines).toContain('  #4  500 GET https://shop.example/report.php');
    expect(lines).toContain('  #6  500 POST https://shop.example/rpc/Feed/List');
    expect(lines.filter((line) => FINDING_LINE.test(line))).toHaveLength(leaks.length);
    // Each entry ends with the fixes for its findings, once each: #6's two banners, two products.
    const entry6 = lines.slice(lines.indexOf('  #6  500 POST https://shop.example/rpc/Feed/List'));
    expect(entry6.filter((line) => line.startsWith('      fix ('))).toEqual([
      '      fix (Apache httpd): ServerTokens Prod and ServerSignature Off  https://httpd.apache.org/docs/2.4/mod/core.html#servertokens',
      '      fix (PHP): expose_php = Off (php.ini)  https://www.php.net/manual/en/ini.core.php#ini.expose-php',
    ]);
    expect(lines.at(-2)).toBe(
      `Summary: ${entries.length} entries scanned in 1 file, ${withLeaks.length} with findings; ` +
        `${leaks.length} findings (${count('high')} high, ${count('medium')} medium, ${count('low')} low)`,
    );
    const failing = count('high') + count('medium');
    expect(lines.at(-1)).toBe(`Result: FAIL: ${failing} failing, ${count('low')} ${count('low') === 1 ? 'warning' : 'warnings'}; medium and above fail (--fail-on medium)`);
  });

  it('shows success responses only with --all', async () => {
    const errorsOnly = await runInProcess(['scan', fixture('leaky.har')]);
    const all = await runInProcess(['scan', '--all', fixture('leaky.har')]);
    expect(errorsOnly.stdout).not.toContain('#0  200 GET https://shop.example/profile');
    expect(all.stdout).toContain('  #0  200 GET https://shop.example/profile');
    expect(all.stdout.split('\n')[0]).toBe(`${fixture('leaky.har')}: 7 entries, all scanned`);
  });

  it('says so when a file has no leaks', async () => {
    const { stdout } = await runInProcess(['scan', fixture('clean.har')]);
    expect(stdout).toBe(
      `${fixture('clean.har')}: 4 entries, 3 error responses (4xx/5xx) scanned\n  no leaks found\n\n` +
        'Summary: 3 entries scanned in 1 file, 0 with findings; 0 findings (0 high, 0 medium, 0 low)\n' +
        'Result: pass: 0 failing, 0 warnings; medium and above fail (--fail-on medium)\n',
    );
  });

  it('reports each file in turn, with one summary for all', async () => {
    const { stdout } = await runInProcess(['scan', fixture('clean.har'), fixture('chromium-recording.har')]);
    const headers = stdout.split('\n').filter((line) => line.startsWith('test/'));
    expect(headers.map((line) => line.split(':')[0])).toEqual([fixture('clean.har'), fixture('chromium-recording.har')]);
    expect(stdout.trimEnd().split('\n').at(-2)).toMatch(/^Summary: 6 entries scanned in 2 files, 2 with findings; /);
  });
});
