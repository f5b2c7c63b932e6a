// Labelled responses and per-category precision/recall of the leak scanner over them. Shared by
// the accuracy test (which asserts floors) and bench/leak-accuracy.ts (which prints the table).

import { LEAK_CATEGORIES, type LeakCategory, type ScannableResponse } from '../core/leaks/leak-finding';
import { scanResponse } from '../core/leaks/scan-response';
import { asScannable, LEAK_CORPUS, loadFixtures } from '../test/fixtures/labelled-fixtures';


export interface LabelledResponse {
  file: string;
  response: ScannableResponse;
  expected: ReadonlySet<LeakCategory>;
}

export function loadCorpus(): LabelledResponse[] {
  return loadFixtures(LEAK_CORPUS).map((fixture) => ({ file: fixture.file, response: asScannable(fixture), expected: new Set(fixture.labels.leaks) }));
}

export interface CategoryScore {
  category: LeakCategory;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** 1 when nothing was predicted (no false alarm possible). */
  precision: number;
  /** 1 when nothing was expected. */
  recall: number;
  /** Responses labelled with the category / labelled without it. */
  positives: number;
  negatives: number;
}

export interface CorpusScore {
  categories: CategoryScore[];
  /** Per response, the categories predicted but not labelled, and labelled but not predicted. */
  mistakes: { file: string; falsePositives: LeakCategory[]; falseNegatives: LeakCategory[] }[];
  responses: number;
}

/** Scores at response level: is category C present in this response or not. */
export function scoreCorpus(corpus: readonly LabelledResponse[]): CorpusScore {
  const counts = new Map(LEAK_CATEGORIES.map((category) => [category, { tp: 0, fp: 0, fn: 0, positives: 0 }]));
  const mistakes: CorpusScore['mistakes'] = [];
  for (const { file, response, expected } of corpus) {
    const predicted = new Set(scanResponse(response).findings.map((finding) => finding.category));
    const falsePositives = LEAK_CATEGORIES.filter((category) => predicted.has(category) && !expected.has(category));
    const falseNegatives = LEAK_CATEGORIES.filter((category) => expected.has(category) && !predicted.has(category));
    for (const category of LEAK_CATEGORIES) {
      const count = counts.get(category)!;
      if (expected.has(category)) count.positives += 1;
      if (predicted.has(category) && expected.has(category)) count.tp += 1;
    }
    for (const category of falsePositives) counts.get(category)!.fp += 1;
    for (const category of falseNegatives) counts.get(category)!.fn += 1;
    if (falsePositives.length + falseNegatives.length > 0) mistakes.push({ file, falsePositives, falseNegatives });
  }
  const categories = LEAK_CATEGORIES.map((category): CategoryScore => {
    const { tp, fp, fn, positives } = counts.get(category)!;
    return {
      category,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision: tp + fp === 0 ? 1 : tp / (tp + fp),
      recall: tp + fn === 0 ? 1 : tp / (tp + fn),
      positives,
      negatives: corpus.length - positives,
    };
  });
  return { categories, mistakes, responses: corpus.length };
}

export function formatScoreTable(score: CorpusScore): string {
  const header = 'category             precision  recall   TP  FP  FN  labelled+  labelled-';
  const rows = score.categories.map((row) =>
    [
      row.category.padEnd(20),
      row.precision.toFixed(3).padStart(9),
      row.recall.toFixed(3).padStart(7),
      String(row.truePositives).padStart(4),
      String(row.falsePositives).padStart(3),
      String(row.falseNegatives).padStart(3),
      String(row.positives).padStart(10),
      String(row.negatives).padStart(10),
    ].join(' '),
  );
  return [`${score.responses} labelled responses`, header, ...rows].join('\n');
}
