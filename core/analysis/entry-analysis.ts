// Everything the product works out about one response once its body is known. It is computed once,
// where the capture lives, so the panel only renders it.
import type { CapturedEntry, ResponseBody } from '../capture/captured-entry';

export interface EntryAnalysis {
  entry: CapturedEntry;
  body: ResponseBody;
}

export function analyzeEntry(entry: CapturedEntry, body: ResponseBody): EntryAnalysis {
  return { entry, body };
}
