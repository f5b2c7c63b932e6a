// Starting and stopping a real browser for the e2e suites: its own process group (so everything it
// spawned dies with it, by our pid only) and a fresh profile that is removed afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

export interface BrowserProcess {
  child: ChildProcess;
  /** Resolves with the first match of `pattern` on the browser's stderr (e.g. its debugging URL). */
  announced(pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray>;
  stop(): void;
}

export function startBrowserProcess(
  name: string,
  binary: string,
  args: string[],
  profileDir: string,
  env: NodeJS.ProcessEnv = process.env,
): BrowserProcess {
  const child = spawn(binary, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return {
    child,
    announced: (pattern, timeoutMs) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${name} did not start:\n${stderr}`)), timeoutMs);
        const check = () => {
          const match = pattern.exec(stderr);
          if (!match) return;
          clearTimeout(timer);
          child.stderr!.off('data', check);
          resolve(match);
        };
        child.stderr!.on('data', check);
        child.on('exit', (code) => reject(new Error(`${name} exited with ${code}:\n${stderr}`)));
        check();
      }),
    stop: () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Retries until the probe returns something truthy; fails with a message naming what never came. */
export async function poll<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch {
      /* not ready yet */
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
