// Prints the leak scanner's per-category precision/recall over the labelled corpus.
// Run: node --import tsx bench/leak-accuracy.ts [--mistakes]

import { fileURLToPath } from 'node:url';
import { formatScoreTable, loadCorpus, scoreCorpus } from './leak-accuracy-corpus';

const root = fileURLToPath(new URL('..', import.meta.url));
const score = scoreCorpus(loadCorpus(root));
console.log(formatScoreTable(score));
if (process.argv.includes('--mistakes')) {
  for (const mistake of score.mistakes) {
    console.log(`${mistake.file}: false+ [${mistake.falsePositives.join(', ')}] false- [${mistake.falseNegatives.join(', ')}]`);
  }
}
