import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, runBin, runInProcess, type BinResult } from './run-bin';

const read = (name: string) => readFileSync(new URL(`../../fixtures/har/${name}`, import.meta.url));

/** Errors are for people and CI logs: exactly one line naming the problem, never a stack trace. */
function expectOneLineError({ stderr }: BinResult, line: RegExp | string): void {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at |Error:|node:internal/m);
  if (typeof line === 'string') expect(stderr).toBe(`${line}\n`);
  else expect(stderr.trimEnd()).toMatch(line);
}

describe('server-error-lens scan: exit status', () => {
  it.each([
    { situation: 'a HAR without leaks', args: ['scan', fixture('clean.har')], code: 0 },
    { situation: 'a HAR with no entries', args: ['scan', fixture('empty.har')], code: 0 },
    { situation: 'a HAR with leaks', args: ['scan', fixture('leaky.har')], code: 1 },
    { situation: 'a real Chromium recording with a traceback', args: ['scan', fixture('chromium-recording.har')], code: 1 },
    { situation: 'a clean and a leaking HAR', args: ['scan', fixture('clean.har'), fixture('leaky.har')], code: 1 },
    { situation: '--json with leaks', args: ['scan', '--json', fixture('leaky.har')], code: 1 },
  ])('is $code for $situation', async ({ args, code }) => {
    const result = await runInProcess(args);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(code);
  });

  it.each([
    { situation: 'a clean HAR', input: 'clean.har', code: 0 },
    { situation: 'a leaking HAR', input: 'leaky.har', code: 1 },
  ])('reads $situation from standard input with "-" (exit $code)', async ({ input, code }) => {
    const result = await runBin(['scan', '-'], read(input));
    expect(result.code).toBe(code);
    expect(result.stdout).toMatch(/^\(standard input\): /);
  });

  it.each([[['--help']], [['-h']], [['scan', '--help']]])('prints usage for %j and exits 0', async (args) => {
    const result = await runInProcess(args);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: server-error-lens scan <file\.har>\.\.\. \[--all\] \[--fail-on LEVEL\]/);
    expect(result.stderr).toBe('');
  });
});

describe('server-error-lens scan: unusable input or command line (exit 2)', () => {
  const lens = 'server-error-lens';
  it.each([
    { situation: 'a missing file', file: fixture('missing.har'), problem: 'file not found' },
    { situation: 'a directory', file: 'test/fixtures/har', problem: 'is a directory, not a HAR file' },
    { situation: 'invalid JSON', file: fixture('trailing-comma.har'), problem: "not JSON: unexpected '}' at line 5, column 3" },
    { situation: 'JSON that is not a HAR', file: fixture('not-a-har.json'), problem: 'not a HAR: no log.entries array' },
  ])('for $situation: one line on stderr, and the file listed as not read', async ({ file, problem }) => {
    const result = await runInProcess(['scan', file]);
    expect(result.code).toBe(2);
    expectOneLineError(result, `${lens}: ${file}: ${problem}`);
    expect(result.stdout.split('\n')[0]).toBe(`${file}: not read: ${problem}`);
  });

  it.each([
    { situation: 'an unknown flag', args: ['scan', fixture('clean.har'), '--verbose'], line: /^server-error-lens: Unknown option '--verbose'.* \(see --help\)$/ },
    { situation: 'an unknown short flag', args: ['scan', '-v', fixture('clean.har')], line: /^server-error-lens: Unknown option '-v'.* \(see --help\)$/ },
    { situation: 'no command', args: [], line: `${lens}: missing command (see --help)` },
    { situation: 'an unknown command', args: ['check', fixture('clean.har')], line: `${lens}: unknown command 'check' (see --help)` },
    { situation: 'no file', args: ['scan', '--json'], line: `${lens}: no HAR file given (see --help)` },
  ])('for $situation: one line on stderr, nothing on stdout', async ({ args, line }) => {
    const result = await runInProcess(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expectOneLineError(result, line);
  });

  it('names standard input when what it reads is not JSON', async () => {
    const result = await runBin(['scan', '-'], '<html><body><h1>502 Bad Gateway</h1></body></html>');
    expect(result.code).toBe(2);
    expectOneLineError(result, `server-error-lens: (standard input): not JSON: unexpected '<' at line 1, column 1`);
  });

  it('still reports the readable files when one of several is not a HAR', async () => {
    const result = await runInProcess(['scan', fixture('leaky.har'), fixture('not-a-har.json')]);
    expect(result.code).toBe(2);
    expectOneLineError(result, `server-error-lens: ${fixture('not-a-har.json')}: not a HAR: no log.entries array`);
    expect(result.stdout).toMatch(/^test\/fixtures\/har\/leaky\.har: /);
  });

  it('escapes terminal control characters in the file name it reports', async () => {
    const result = await runInProcess(['scan', 'evil\u001b[31m.har']);
    expectOneLineError(result, 'server-error-lens: evil\\u001b[31m.har: file not found');
  });
});
