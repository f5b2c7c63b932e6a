import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../../../cli/parse-args';

describe('parseCliArgs', () => {
  const defaults = { formats: ['text'] };
  it.each([
    [['scan', 'a.har'], { ...defaults, files: ['a.har'] }],
    [['scan', 'a.har', 'b.har', '--json'], { ...defaults, files: ['a.har', 'b.har'], formats: ['json'] }],
    [['scan', '--all', '-'], { ...defaults, files: ['-'], selection: 'all' }],
    [['scan', 'a.har', '--config', 'ci/lens.json'], { ...defaults, files: ['a.har'], config: 'ci/lens.json' }],
    [['scan', '--json', '--all', 'a.har'], { ...defaults, files: ['a.har'], formats: ['json'], selection: 'all' }],
    [['scan', '--', '--odd-name.har'], { ...defaults, files: ['--odd-name.har'] }],
    [['scan', 'a.har', '--format', 'sarif'], { ...defaults, files: ['a.har'], formats: ['sarif'] }],
    [
      ['scan', 'a.har', '--format', 'sarif,junit', '--format', 'markdown', '--output-dir', 'out'],
      { ...defaults, files: ['a.har'], formats: ['sarif', 'junit', 'markdown'], outputDir: 'out' },
    ],
    [['scan', 'a.har', '--fail-on', 'high', '--baseline', 'old.json'], { ...defaults, files: ['a.har'], failOn: 'high', baseline: 'old.json' }],
    [['scan', 'a.har', '--fail-on', 'none'], { ...defaults, files: ['a.har'], failOn: 'none' }],
  ])('%j scans with %j', (argv, options) => {
    expect(parseCliArgs(argv)).toEqual({ kind: 'scan', options });
  });

  it.each([[['--help']], [['-h']], [['scan', '--help']], [['scan', 'a.har', '-h']]])('%j asks for help', (argv) => {
    expect(parseCliArgs(argv)).toEqual({ kind: 'help' });
  });

  it.each([
    [[], /missing command/],
    [['a.har'], /unknown command 'a.har'/],
    [['scan'], /no HAR file given/],
    [['scan', 'a.har', '--bogus'], /Unknown option '--bogus'/],
    [['scan', '-x', 'a.har'], /Unknown option '-x'/],
    [['scan', '--json=yes', 'a.har'], /does not take an argument/],
    [['scan', '-', '-'], /standard input .* only once/],
    [['scan', 'a.har', '--format', 'xml'], /unknown format 'xml' \(one of text, json, sarif, junit, markdown\)/],
    [['scan', 'a.har', '--format', 'json,sarif'], /several formats need --output-dir/],
    [['scan', 'a.har', '--fail-on', 'critical'], /--fail-on must be one of high, medium, low, none, not 'critical'/],
  ])('%j is a usage error (%s)', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
