// Runs the command: in-process through runCli (fast, for most tests), or as a user would, through
// the bundle dist/server-error-lens.mjs (built from the current sources by build-cli.global.ts).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../../cli/run-cli';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../../dist/server-error-lens.mjs', import.meta.url));

export const fixture = (name: string): string => `test/fixtures/har/${name}`;

export interface BinResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runBin(args: readonly string[], stdin?: string | Buffer): Promise<BinResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** The same command without a process: argv in, exit code and output out. Standard input is not wired. */
export async function runInProcess(args: readonly string[]): Promise<BinResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}
