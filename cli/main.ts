// Process glue, the entry of the bundle dist/server-error-lens.mjs (scripts/build-cli.ts): wires
// runCli to the real streams and exit code.
import { EXIT_USAGE_OR_INPUT, runCli } from './run-cli';

// `scan x.har | head` closes the pipe early; that is the reader's choice, not an error to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  // exitCode, not exit(): output to a pipe is written asynchronously and must not be cut off.
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
} catch (error) {
  // A bug of ours: still one line, no stack trace, and the "could not scan" exit status.
  process.stderr.write(`server-error-lens: internal error: ${error instanceof Error ? error.message.split('\n', 1)[0] : String(error)}\n`);
  process.exitCode = EXIT_USAGE_OR_INPUT;
}
