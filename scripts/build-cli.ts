// Bundles the command line into one JavaScript file with its dependencies (dist/server-error-lens.mjs):
// no TypeScript compiler or tsx at run time, and no runtime dependencies for the published package.
// The licences of the bundled packages go beside it (dist/THIRD-PARTY-LICENSES.txt).
// Run by `npm run build:cli`, by `prepare` (npm ci) and before the unit tests and the package check.
import { build, type Metafile } from 'esbuild';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI_BUNDLE = path.join(ROOT, 'dist', 'server-error-lens.mjs');

export async function buildCli(): Promise<void> {
  const { metafile } = await build({
    entryPoints: [path.join(ROOT, 'cli', 'main.ts')],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    logLevel: 'warning',
    banner: { js: '#!/usr/bin/env node' },
  });
  writeFileSync(path.join(ROOT, 'dist', 'THIRD-PARTY-LICENSES.txt'), licensesOf(bundledPackages(metafile)));
}

/** The node_modules packages whose files went into the bundle. */
function bundledPackages(metafile: Metafile): string[] {
  const packages = new Set<string>();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packages.add(match[1]!);
  }
  return [...packages].sort();
}

function licensesOf(packages: string[]): string {
  return packages
    .map((name) => {
      const dir = path.join(ROOT, 'node_modules', name);
      const { version, license } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string; license: string };
      const file = readdirSync(dir).find((entry) => /^licen[cs]e/i.test(entry));
      const text = file && existsSync(path.join(dir, file)) ? readFileSync(path.join(dir, file), 'utf8').trim() : `(${license}; no licence file in the package)`;
      return `${name} ${version} (${license})\n\n${text}\n`;
    })
    .join(`\n${'-'.repeat(72)}\n\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
