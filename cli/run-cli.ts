// The whole command, minus the process: takes argv and two output sinks, returns the exit code.
import { HarReadError } from '../core/har/read-har';
import { scanHar, type HarScan, type StatusSelection } from '../core/har/scan-har';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BaselineError, readBaseline } from './baseline';
import { readProblems } from './file-scan';
import { allFindings, judge, type FileScan, type JudgedFile } from '../core/report/judge';
import { describeFileError, inputLabel, openHarInput, type HarInput } from './open-input';
import { ConfigError, loadConfig } from './config';
import type { LensConfig } from '../core/report/lens-config';
import { DEFAULT_FAIL_ON } from '../core/report/fail-on';
import { parseCliArgs, UsageError, type RedactOptions, type ReportFormat, type ScanOptions } from './parse-args';
import { redactHar } from './redact-har';
import { toJsonReport } from '../core/report/json-report';
import { toJunitReport } from './reports/junit-report';
import { toMarkdownReport } from './reports/markdown-report';
import { toSarifReport } from './reports/sarif-report';
import { formatTextReport } from './reports/text-report';
import { terminalSafe } from '../core/text/terminal-safe';
import { USAGE } from './usage';

/** No finding at or above --fail-on (warnings and known findings may be listed). */
export const EXIT_PASS = 0;
/** At least one new finding at or above --fail-on. */
export const EXIT_FINDINGS_FAIL = 1;
/** Bad usage, or an input that could not be read whole: the run proves nothing either way. */
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
  switch (command.kind) {
    case 'help':
      output.stdout(USAGE);
      return EXIT_PASS;
    case 'redact':
      return redactFile(command.options, output);
    case 'scan':
      return scanFiles(command.options, output);
  }
}

async function redactFile(options: RedactOptions, output: CliOutput): Promise<number> {
  try {
    const { entries, sideFileBodies } = await redactHar(options);
    output.stdout(`${terminalSafe(options.output)}: ${entries} ${entries === 1 ? 'entry' : 'entries'} written, redacted${options.dropBodies ? ', without bodies' : ''}\n`);
    // Bodies kept beside the HAR (or in its zip) are neither redacted nor written: say so, not nothing.
    if (sideFileBodies && !options.dropBodies) {
      output.stderr(`${PROGRAM}: ${terminalSafe(inputLabel(options.input))}: ${sideFileBodies} ${sideFileBodies === 1 ? 'body is' : 'bodies are'} in side files (content._file) and ${sideFileBodies === 1 ? 'was' : 'were'} not carried into the redacted HAR\n`);
    }
    return EXIT_PASS;
  } catch (error) {
    output.stderr(`${PROGRAM}: ${terminalSafe(inputLabel(options.input))}: ${terminalSafe(describeScanError(error))}\n`);
    return EXIT_USAGE_OR_INPUT;
  }
}

async function scanFiles(given: ScanOptions, output: CliOutput): Promise<number> {
  let config: LensConfig;
  try {
    config = await loadConfig(given.config, process.cwd());
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    output.stderr(`${PROGRAM}: ${terminalSafe(error.message)}\n`);
    return EXIT_USAGE_OR_INPUT;
  }
  // The command line wins over the config file, which wins over the defaults.
  const options = { ...given, failOn: given.failOn ?? config.failOn ?? DEFAULT_FAIL_ON, selection: given.selection ?? config.statuses ?? 'errors' };
  let baseline: Set<string> = new Set();
  if (options.baseline !== undefined) {
    try {
      baseline = await readBaseline(options.baseline);
    } catch (error) {
      if (!(error instanceof BaselineError)) throw error;
      output.stderr(`${PROGRAM}: ${terminalSafe(error.message)}\n`);
      return EXIT_USAGE_OR_INPUT;
    }
  }
  const scans: FileScan[] = [];
  // One at a time: each file streams, and scanning is CPU-bound anyway.
  for (const file of options.files) scans.push({ file, scan: await scanFile(file, options.selection) });
  for (const { file, scan } of scans) {
    for (const problem of problemsOf(scan)) output.stderr(`${PROGRAM}: ${terminalSafe(inputLabel(file))}: ${terminalSafe(problem)}\n`);
  }

  const judged = judge(scans, { failOn: options.failOn, baseline, config });
  const reports = options.formats.map((format) => ({ format, text: renderReport(format, judged, options) }));
  if (options.outputDir === undefined) {
    output.stdout(reports[0]!.text);
  } else {
    try {
      await mkdir(options.outputDir, { recursive: true });
      for (const { format, text } of reports) await writeFile(path.join(options.outputDir, REPORT_FILES[format]), text);
    } catch (error) {
      output.stderr(`${PROGRAM}: ${terminalSafe(options.outputDir)}: ${describeFileError(error) ?? (error as Error).message}\n`);
      return EXIT_USAGE_OR_INPUT;
    }
    output.stdout(`${reports.map(({ format }) => path.join(options.outputDir!, REPORT_FILES[format])).join('\n')}\n`);
  }

  if (scans.some(({ scan }) => problemsOf(scan).length > 0)) return EXIT_USAGE_OR_INPUT;
  return allFindings(judged).some(({ finding }) => finding.verdict === 'fail') ? EXIT_FINDINGS_FAIL : EXIT_PASS;
}

const REPORT_FILES: Record<ReportFormat, string> = {
  text: 'server-error-lens.txt',
  json: 'server-error-lens.json',
  sarif: 'server-error-lens.sarif',
  junit: 'server-error-lens.junit.xml',
  markdown: 'server-error-lens.md',
};

function renderReport(format: ReportFormat, judged: JudgedFile[], options: Required<Pick<ScanOptions, 'failOn' | 'selection'>> & ScanOptions): string {
  switch (format) {
    case 'text':
      return formatTextReport(judged, options.selection, options.failOn);
    case 'json':
      return `${JSON.stringify(toJsonReport(judged))}\n`;
    case 'sarif':
      return `${JSON.stringify(toSarifReport(judged, { toolVersion: toolVersion(), withBaseline: options.baseline !== undefined }), null, 2)}\n`;
    case 'junit':
      return toJunitReport(judged);
    case 'markdown':
      return toMarkdownReport(judged, options.failOn);
  }
}

/** The package's version, read where the command runs from (the repo, or the installed package). */
function toolVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** A file that cannot be opened is a scan of nothing with its reason, so every report lists it. */
async function scanFile(file: string, selection: StatusSelection): Promise<HarScan> {
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
function problemsOf(scan: HarScan): string[] {
  const { readError, totalEntries } = scan;
  // On stderr, a cut file also says that what came before it is in the report.
  return readProblems({ ...scan, readError: readError && totalEntries > 0 ? `${readError} (after ${totalEntries} entries, which are reported)` : readError });
}

// Expected problems get their own words; anything else is our bug, still reported on one line.
function describeScanError(error: unknown): string {
  if (error instanceof HarReadError) return error.message;
  const fileProblem = describeFileError(error);
  if (fileProblem) return fileProblem;
  const message = error instanceof Error ? error.message.split('\n', 1)[0] : String(error);
  return `internal error while scanning: ${message}`;
}
