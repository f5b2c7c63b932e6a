import { parseArgs } from 'node:util';
import type { StatusSelection } from '../core/har/scan-har';
import { STDIN_NAME } from './open-input';

export interface ScanOptions {
  files: string[];
  json: boolean;
  selection: StatusSelection;
}

export type CliCommand = { kind: 'help' } | { kind: 'scan'; options: ScanOptions };

/** The command line is wrong; the message is one line, shown with a pointer to --help. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseCliArgs(argv: readonly string[]): CliCommand {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') return { kind: 'help' };
  if (command === undefined) throw new UsageError('missing command');
  if (command !== 'scan') throw new UsageError(`unknown command '${command}'`);

  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: { json: { type: 'boolean' }, all: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals: files } = parsed;
  if (values.help) return { kind: 'help' };
  if (files.length === 0) throw new UsageError('no HAR file given');
  if (files.filter((file) => file === STDIN_NAME).length > 1) throw new UsageError(`standard input ('${STDIN_NAME}') can be read only once`);
  return { kind: 'scan', options: { files, json: values.json ?? false, selection: values.all ? 'all' : 'errors' } };
}
