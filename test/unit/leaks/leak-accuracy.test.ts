// Precision and recall per category over labelled real responses: our corpus (test/fixtures/leaks)
// and the responses captured from real servers (test/fixtures/responses). Labels are human.

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatScoreTable, loadCorpus, scoreCorpus } from '../../../bench/leak-accuracy-corpus';
import type { LeakCategory } from '../../../core/leaks/leak-finding';
import { scanResponse } from '../../../core/leaks/scan-response';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const corpus = loadCorpus();
const score = scoreCorpus(corpus);

/** Floors we reach. */
const FLOORS: Record<LeakCategory, { precision: number; recall: number }> = {
  'stack-trace': { precision: 1, recall: 1 },
  'file-path': { precision: 1, recall: 0.98 },
  'database-error': { precision: 1, recall: 1 },
  'debug-page': { precision: 1, recall: 1 },
  'version-disclosure': { precision: 1, recall: 1 },
  secret: { precision: 1, recall: 1 },
  'internal-address': { precision: 1, recall: 1 },
  'source-code': { precision: 1, recall: 1 },
  'environment-dump': { precision: 1, recall: 1 },
};

describe('leak scanner accuracy on labelled responses', () => {
  it('has a corpus with positives for every category and benign look-alikes', () => {
    console.log(formatScoreTable(score));
    for (const row of score.categories) expect(row.positives).toBeGreaterThanOrEqual(3);
    expect(corpus.filter((entry) => entry.expected.size === 0).length).toBeGreaterThanOrEqual(10);
  });

  it.each(score.categories.map((row) => [row.category, row] as const))('%s reaches its precision and recall floors', (category, row) => {
    expect(row.precision).toBeGreaterThanOrEqual(FLOORS[category].precision);
    expect(row.recall).toBeGreaterThanOrEqual(FLOORS[category].recall);
  });

  const lookAlikes = corpus.filter((entry) => entry.file.startsWith('test/fixtures/leaks/') && entry.expected.size === 0);
  it.each(lookAlikes.map((entry) => [entry.file, entry] as const))('look-alike %s gives no finding', (_file, entry) => {
    expect(scanResponse(entry.response).findings).toEqual([]);
  });
});
