// Prints the leak scanner's per-category precision/recall over the labelled corpus, then a
// false-positive sweep over real benign files (every .js/.mjs/.css/.json/.map/.html/.md under
// node_modules, served as a 200 with the matching type): any finding there is a false alarm.
// Run: node --import tsx bench/leak-accuracy.ts [--mistakes] [--no-sweep]

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanResponse } from '../core/leaks/scan-response';
import { formatScoreTable, loadCorpus, scoreCorpus } from './leak-accuracy-corpus';

const root = fileURLToPath(new URL('..', import.meta.url));
const score = scoreCorpus(loadCorpus());
console.log(formatScoreTable(score));
if (process.argv.includes('--mistakes')) {
  for (const mistake of score.mistakes) {
    console.log(`${mistake.file}: false+ [${mistake.falsePositives.join(', ')}] false- [${mistake.falseNegatives.join(', ')}]`);
  }
}

const SWEEP_TYPES: Record<string, string> = {
  '.js': 'application/javascript',
  '.mjs': 'application/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.html': 'text/html',
  '.md': 'text/markdown',
};
const MAX_SWEEP_FILE = 2 * 1024 * 1024;

if (!process.argv.includes('--no-sweep')) {
  const directory = join(root, 'node_modules');
  const files = (readdirSync(directory, { recursive: true }) as string[]).filter((file) => extname(file) in SWEEP_TYPES).sort();
  let scanned = 0;
  let chars = 0;
  const alarms: string[] = [];
  for (const file of files) {
    const path = join(directory, file);
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats?.isFile() || stats.size > MAX_SWEEP_FILE) continue;
    const body = readFileSync(path, 'utf8');
    scanned += 1;
    chars += body.length;
    const report = scanResponse({ url: `https://cdn.example.com/${file}`, status: 200, mimeType: SWEEP_TYPES[extname(file)]!, headers: [], body });
    for (const finding of report.findings) alarms.push(`${finding.category}  ${file}  ${JSON.stringify(finding.evidence.slice(0, 80))}`);
  }
  console.log(`\nbenign sweep: ${scanned} files from node_modules, ${(chars / 1024 / 1024).toFixed(1)} MB, ${alarms.length} findings (all false alarms)`);
  for (const alarm of alarms.slice(0, 20)) console.log(`  ${alarm}`);
}
