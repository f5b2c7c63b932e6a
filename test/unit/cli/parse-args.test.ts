import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../../../cli/parse-args';

describe('parseCliArgs', () => {
  it.each([
    [['scan', 'a.har'], { files: ['a.har'], json: false, selection: 'errors' }],
    [['scan', 'a.har', 'b.har', '--json'], { files: ['a.har', 'b.har'], json: true, selection: 'errors' }],
    [['scan', '--all', '-'], { files: ['-'], json: false, selection: 'all' }],
    [['scan', '--json', '--all', 'a.har'], { files: ['a.har'], json: true, selection: 'all' }],
    [['scan', '--', '--odd-name.har'], { files: ['--odd-name.har'], json: false, selection: 'errors' }],
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
  ])('%j is a usage error (%s)', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
