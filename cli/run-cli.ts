// The whole command, minus the process: takes argv and two output sinks, returns the exit code.
import { HarReadError } from '../core/har/read-har';
import { scanHar, type HarScan } from '../core/har/scan-har';
import type { FileScan } from './file-scan';
import { toJsonReport } from './json-report';
import { describeFileError, inputLabel, openHarInput, type HarInput } from './open-input';
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
  // One at a time: each file streams, and scanning is CPU-bound anyway.
  for (const file of files) scans.push({ file, scan: await scanFile(file, selection) });

  for (const { file, scan } of scans) {
    for (const problem of problemsOf(scan)) output.stderr(`${PROGRAM}: ${terminalSafe(inputLabel(file))}: ${terminalSafe(problem)}\n`);
  }
  output.stdout(json ? `${JSON.stringify(toJsonReport(scans))}\n` : formatTextReport(scans, selection));

  if (scans.some(({ scan }) => problemsOf(scan).length > 0)) return EXIT_USAGE_OR_INPUT;
  const leaksFound = scans.some(({ scan }) => scan.entries.some((entry) => entry.findings.length > 0));
  return leaksFound ? EXIT_LEAKS_FOUND : EXIT_CLEAN;
}

/** A file that cannot be opened is a scan of nothing with its reason, so every report lists it. */
async function scanFile(file: string, selection: ScanOptions['selection']): Promise<HarScan> {
  let input: HarInput | undefined;
  try {
    input = await openHarInput(file);
    return await scanHar(input.chunks, { selection, readSideFile: input.readSideFile });
  } catch (error) {
    return { totalEntries: 0, entries: [], badEntries: [], readError: describeScanError(error) };
  } finally {
    await input?.close();
  }
}

/** What makes a file's scan incomplete: it stopped early, or some of its entries could not be read. */
function problemsOf({ readError, badEntries, totalEntries }: HarScan): string[] {
  const problems = badEntries.map(({ index, problem }) => `log.entries[${index}] ${problem}: not read`);
  if (readError) problems.push(totalEntries > 0 ? `${readError} (after ${totalEntries} entries, which are reported)` : readError);
  return problems;
}

// Expected problems get their own words; anything else is our bug, still reported on one line.
function describeScanError(error: unknown): string {
  if (error instanceof HarReadError) return error.message;
  const fileProblem = describeFileError(error);
  if (fileProblem) return fileProblem;
  const message = error instanceof Error ? error.message.split('\n', 1)[0] : String(error);
  return `internal error while scanning: ${message}`;
}
