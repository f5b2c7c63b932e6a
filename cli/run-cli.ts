// The whole command, minus the process: takes argv and two output sinks, returns the exit code.
import { HarReadError } from '../core/har/read-har';
import { scanHar } from '../core/har/scan-har';
import type { FileScan } from './file-scan';
import { toJsonReport } from './json-report';
import { describeFileError, inputLabel, openInput } from './open-input';
import { parseCliArgs, UsageError, type ScanOptions } from './parse-args';
import { terminalSafe } from './terminal-safe';
import { formatTextReport } from './text-report';
import { USAGE } from './usage';

export const EXIT_CLEAN = 0;
export const EXIT_LEAKS_FOUND = 1;
export const EXIT_USAGE_OR_INPUT = 2;

const PROGRAM = 'server-error-lens';

export interface CliOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export async function runCli(argv: readonly string[], output: CliOutput): Promise<number> {
  let command;
  try {
    command = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.stderr(`${PROGRAM}: ${terminalSafe(error.message)} (see --help)\n`);
    return EXIT_USAGE_OR_INPUT;
  }
  if (command.kind === 'help') {
    output.stdout(USAGE);
    return EXIT_CLEAN;
  }
  return scanFiles(command.options, output);
}

async function scanFiles({ files, json, selection }: ScanOptions, output: CliOutput): Promise<number> {
  const scans: FileScan[] = [];
  let unreadable = false;
  // One at a time: each file streams, and scanning is CPU-bound anyway.
  for (const file of files) {
    try {
      scans.push({ file, scan: await scanHar(openInput(file), selection) });
    } catch (error) {
      unreadable = true;
      output.stderr(`${PROGRAM}: ${terminalSafe(inputLabel(file))}: ${terminalSafe(describeScanError(error))}\n`);
    }
  }
  if (scans.length > 0 || (json && files.length > 1)) {
    output.stdout(json ? `${JSON.stringify(toJsonReport(scans, files.length))}\n` : formatTextReport(scans, selection));
  }
  if (unreadable) return EXIT_USAGE_OR_INPUT;
  const leaksFound = scans.some(({ scan }) => scan.entries.some((entry) => entry.findings.length > 0));
  return leaksFound ? EXIT_LEAKS_FOUND : EXIT_CLEAN;
}

// Expected problems get their own words; anything else is our bug, still reported on one line.
function describeScanError(error: unknown): string {
  if (error instanceof HarReadError) return error.message;
  const fileProblem = describeFileError(error);
  if (fileProblem) return fileProblem;
  const message = error instanceof Error ? error.message.split('\n', 1)[0] : String(error);
  return `internal error while scanning: ${message}`;
}
