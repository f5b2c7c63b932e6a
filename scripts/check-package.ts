// Installs the package as a user's `npx server-error-lens` would get it, and runs it: `npm pack`,
// then an install of that tarball into an empty folder with production dependencies only, then a
// scan of a leaking HAR with the installed command. Part of `npm test`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from './build-cli';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'har', 'leaky.har');
const work = mkdtempSync(path.join(tmpdir(), 'sel-package-'));

function fail(message: string): void {
  console.error(`check-package: ${message}`);
  process.exitCode = 1;
}

try {
  // Built here rather than by npm's prepare, whose output would mix with pack's JSON.
  await buildCli();
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })) as { filename: string; files: { path: string }[] }[];
  const shipped = packed!.files.map((file) => file.path).sort();
  console.log(`packed ${packed!.filename}: ${shipped.join(', ')}`);
  const consumer = path.join(work, 'consumer');
  execFileSync('mkdir', [consumer]);
  writeFileSync(path.join(consumer, 'package.json'), '{"name":"consumer","private":true}\n');
  execFileSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--ignore-scripts', path.join(work, packed!.filename)], { cwd: consumer, stdio: 'inherit' });

  const installed = spawnSync(path.join(consumer, 'node_modules', '.bin', 'server-error-lens'), ['scan', '--json', FIXTURE], { encoding: 'utf8' });
  const leaks = installed.stdout ? (JSON.parse(installed.stdout) as { entries: { leaks: { category: string }[] }[] }).entries.flatMap((entry) => entry.leaks) : [];
  if (installed.status !== 1) fail(`the installed command exited ${installed.status} on a leaking HAR (expected 1): ${installed.stderr}`);
  else if (!leaks.some((leak) => leak.category === 'stack-trace')) fail('the installed command found no stack trace in leaky.har');
  else console.log(`the installed server-error-lens found ${leaks.length} leaks in leaky.har and exited 1, as the repo's does`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
