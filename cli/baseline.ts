// Reads the fingerprints of a previous run from its --format json report (one file's shape or
// several files'), so a run can report and fail on new findings only.
import { readFile } from 'node:fs/promises';
import { isRecord as isObject } from '../core/har/json-shape';
import { describeFileError } from './open-input';

/** The baseline file cannot be used; the message is one line naming what is wrong. */
export class BaselineError extends Error {
  override name = 'BaselineError';
}

export async function readBaseline(file: string): Promise<Set<string>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new BaselineError(`baseline ${file}: ${describeFileError(error) ?? (error as Error).message}`);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`baseline ${file}: not JSON (${(error as Error).message})`);
  }
  const files = isObject(document) && Array.isArray(document.files) ? document.files : [document];
  const fingerprints = new Set<string>();
  for (const report of files) {
    if (!isObject(report) || !Array.isArray(report.entries)) throw new BaselineError(`baseline ${file}: not a server-error-lens --format json report (no "entries")`);
    for (const entry of report.entries) {
      for (const leak of isObject(entry) && Array.isArray(entry.leaks) ? entry.leaks : []) {
        if (isObject(leak) && typeof leak.fingerprint === 'string') fingerprints.add(leak.fingerprint);
      }
    }
  }
  return fingerprints;
}
