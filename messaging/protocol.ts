// Every message that crosses between the DevTools page (owner of the capture), the panel (a view
// of it) and the background (the toolbar badge). One typed union per direction.
import type { Entry } from 'har-format';
import type { CapturedEntry, ResponseBody } from '../core/capture/captured-entry';
import type { EntryAnalysis } from '../core/analysis/entry-analysis';
import type { CaptureDiagnosis } from '../core/diagnosis/diagnose-capture';
import type { LeakCategory, LeakSeverity } from '../core/leaks/leak-finding';
import type { RetryState } from '../core/retry/retry-outcome';
import type { BodySearchResult } from '../core/filter/body-search';

/** What the request list needs to draw one row. */
export interface EntryRow {
  entry: CapturedEntry;
  /** Present once the body was read and scanned. */
  leakCount?: number;
  worstLeakSeverity?: LeakSeverity;
  /** The categories of its leak findings, each once (for the filter's leak: terms). */
  leakCategories?: LeakCategory[];
  /** Said on the row when its body is damaged or its analysis failed: the row is not fully scanned. */
  notice?: string;
  /** Present once the user retried this request: its tries so far. */
  retry?: RetryState;
}

/** What the detail view needs for one selected request, sent only on demand. */
export interface EntryDetail {
  id: string;
  /** undefined when the body could not be read (DevTools no longer holds it). */
  body?: ResponseBody;
  /** undefined until the body has been read and analysed. */
  analysis?: EntryAnalysis;
}

export type DevtoolsToPanel =
  | { type: 'reset'; rows: EntryRow[]; preserveLog: boolean }
  | { type: 'rows'; rows: EntryRow[] }
  | { type: 'detail'; detail: EntryDetail }
  | { type: 'diagnosis'; diagnosis: CaptureDiagnosis }
  | { type: 'har-export'; text: string; entries: number; bodiesIncomplete: number }
  | { type: 'report-export'; text: string; entries: number; findings: number }
  | { type: 'body-search'; query: string; result: BodySearchResult };

export type PanelToDevtools =
  | { type: 'hello' }
  | { type: 'clear' }
  | { type: 'set-preserve-log'; value: boolean }
  | { type: 'get-detail'; id: string }
  | { type: 'retry'; id: string; tries: number }
  | { type: 'stop-retry'; id: string }
  | { type: 'export-har'; includeCredentials: boolean; dropBodies: boolean }
  /** The command line's --json report of the capture. */
  | { type: 'export-report'; includeCredentials: boolean }
  /**
   * A batch of entries read from a HAR file the user opened in the panel; `archive` is the Playwright
   * zip they came from (a File, passed by reference), where their bodies are.
   */
  | { type: 'import-har-entries'; fileName: string; entries: Entry[]; archive?: Blob }
  /** Look for the query's free-text terms in the bodies the capture holds. */
  | { type: 'search-bodies'; query: string };

/**
 * The DevTools page holds a port named BADGE_PORT open to the background for as long as DevTools is
 * open, and sends the whole count over it; the port closing is how the background learns DevTools
 * was closed.
 */
export const BADGE_PORT = 'server-error-count';
export type ToBackground = { type: 'server-error-count'; tabId: number; count: number };
