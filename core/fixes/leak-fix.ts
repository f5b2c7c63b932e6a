// What the fix catalogue tells about a leak: which framework or server wrote it and the one change
// that stops it. Shown under each finding; in the CLI's JSON and reports too.

export interface LeakFix {
  id: string;
  /** The framework or server that produced the leaking output, as its users call it. */
  origin: string;
  /** The setting or code change that stops the leak, ready to paste where it goes. */
  change: string;
  /** One line: why this change stops it. */
  why: string;
  /** That project's own documentation of the setting. */
  docs: string;
}

/** Per finding: the fix when the response shows who wrote the leak, else null (origin unknown). */
export type FixAdvice = LeakFix | null;
