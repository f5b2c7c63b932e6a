import { parseArgs } from 'node:util';
import type { StatusSelection } from '../core/har/scan-har';
import { FAIL_ON_LEVELS, isFailOn, type FailOn } from '../core/report/fail-on';
import { STDIN_NAME } from './open-input';

export const REPORT_FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ScanOptions {
  files: string[];
  formats: ReportFormat[];
  /** Set: each format goes to a file in this folder; unset: the one format goes to standard output. */
  outputDir?: string;
  /** Unset: the config's statuses, else 4xx/5xx only. */
  selection?: StatusSelection;
  /** Unset: the config's failOn, else DEFAULT_FAIL_ON. */
  failOn?: FailOn;
  /** A previous --format json report: findings with a fingerprint in it are not new. */
  baseline?: string;
  /** The policy file; unset: server-error-lens.json in the working directory, if there is one. */
  config?: string;
}

export interface RedactOptions {
  input: string;
  output: string;
  dropBodies: boolean;
}


export type CliCommand = { kind: 'help' } | { kind: 'scan'; options: ScanOptions } | { kind: 'redact'; options: RedactOptions };

/** The command line is wrong; the message is one line, shown with a pointer to --help. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseCliArgs(argv: readonly string[]): CliCommand {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') return { kind: 'help' };
  if (command === undefined) throw new UsageError('missing command');
  if (command === 'redact') return parseRedact(rest);
  if (command !== 'scan') throw new UsageError(`unknown command '${command}'`);

  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: {
        json: { type: 'boolean' },
        all: { type: 'boolean' },
        format: { type: 'string', multiple: true },
        'output-dir': { type: 'string' },
        'fail-on': { type: 'string' },
        baseline: { type: 'string' },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
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

  const formats = [...new Set([...(values.json ? ['json'] : []), ...(values.format ?? []).flatMap((list) => list.split(','))])];
  for (const format of formats) {
    if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format '${format}' (one of ${REPORT_FORMATS.join(', ')})`);
  }
  if (formats.length > 1 && values['output-dir'] === undefined) throw new UsageError('several formats need --output-dir, one file each');
  const failOn = values['fail-on'];
  if (failOn !== undefined && !isFailOn(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON_LEVELS.join(', ')}, not '${failOn}'`);
  return {
    kind: 'scan',
    options: {
      files,
      formats: formats.length ? (formats as ReportFormat[]) : ['text'],
      ...(values['output-dir'] === undefined ? {} : { outputDir: values['output-dir'] }),
      ...(values.all ? { selection: 'all' as const } : {}),
      ...(failOn === undefined ? {} : { failOn }),
      ...(values.baseline === undefined ? {} : { baseline: values.baseline }),
      ...(values.config === undefined ? {} : { config: values.config }),
    },
  };
}

function parseRedact(args: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { output: { type: 'string', short: 'o' }, 'drop-bodies': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (positionals.length !== 1) throw new UsageError('redact takes one HAR file');
  if (values.output === undefined) throw new UsageError('redact needs -o <out.har>');
  return { kind: 'redact', options: { input: positionals[0]!, output: values.output, dropBodies: values['drop-bodies'] ?? false } };
}
