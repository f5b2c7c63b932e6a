// Shared helpers of the HAR capture drivers: start server.mjs as a child and read its request log.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const OUT_DIR = path.resolve(HERE, '../../test/fixtures/har/real-tools');

/** Starts server.mjs on a free loopback port. Resolves {origin, log, stop}; log holds the JSON lines it printed. */
export function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(HERE, 'server.mjs'), '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const log = [];
    let buffered = '';
    let origin = null;
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      let i;
      while ((i = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, i);
        buffered = buffered.slice(i + 1);
        if (line.startsWith('listening ')) {
          origin = line.slice('listening '.length);
          resolve({ origin, log, stop: () => child.kill('SIGTERM'), pid: child.pid });
        } else if (line.trim()) log.push(JSON.parse(line));
      }
    });
    child.on('exit', (code) => { if (!origin) reject(new Error(`server exited ${code}`)); });
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Kills the process group led by pid (a child spawned with detached: true). */
export function killGroup(pid, signal = 'SIGTERM') {
  try { process.kill(-pid, signal); } catch { /* already gone */ }
}

/**
 * Copies a HAR as the tool wrote it into OUT_DIR/<name>.har, or, when it is over maxBytes,
 * gzip-compressed (the bytes inside are unchanged) as <name>.har.gz. Also writes the server's
 * request log beside it as <name>.server-log.json. Returns the path written.
 */
export async function saveHar(src, name, serverLog, maxBytes = 300_000) {
  const { readFileSync, writeFileSync, mkdirSync, rmSync } = await import('node:fs');
  const zlib = await import('node:zlib');
  mkdirSync(OUT_DIR, { recursive: true });
  const raw = readFileSync(src);
  const plain = path.join(OUT_DIR, `${name}.har`);
  const gz = `${plain}.gz`;
  rmSync(plain, { force: true });
  rmSync(gz, { force: true });
  let dest = plain;
  if (raw.length > maxBytes) {
    dest = gz;
    writeFileSync(gz, zlib.gzipSync(raw, { level: 9 }));
  } else writeFileSync(plain, raw);
  writeFileSync(path.join(OUT_DIR, `${name}.server-log.json`), JSON.stringify(serverLog, null, 1) + '\n');
  console.error(`saved ${src} (${raw.length} bytes) -> ${dest}`);
  return dest;
}
