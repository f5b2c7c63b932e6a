// Loads the captured-response fixtures (the shared corpus and this module's own cases).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HeaderField } from '../../../core/capture/captured-entry';

export interface ResponseFixture {
  file: string;
  source: string;
  request: { method: string; url: string };
  status: number;
  statusText: string;
  mimeType: string;
  headers: HeaderField[];
  body: string | null;
  labels: { leaks: string[]; causes: string[]; tier: string };
  notes?: string;
}

const FIXTURE_ROOTS = ['test/fixtures/responses', 'test/fixtures/diagnosis'];

export function loadResponseFixtures(): ResponseFixture[] {
  return FIXTURE_ROOTS.flatMap((root) => (existsSync(root) ? jsonFilesUnder(root) : [])).map((file) => ({
    ...(JSON.parse(readFileSync(file, 'utf8')) as Omit<ResponseFixture, 'file'>),
    file,
  }));
}

function jsonFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsonFilesUnder(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}
